package org.restripe.connect;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of a console session: every byte either way, with its time and direction, in a file any
 * asciicast v2 player reads, and beside it the hash chain that shows the file was not edited afterwards.
 *
 * <h2>Format</h2>
 *
 * {@code FILE} (e.g. {@code t3a.cast}) is asciicast v2, UTF-8, every line ended by LF:
 * <ul>
 * <li>line 1, the header: {@code {"version": 2, "width": 80, "height": 24, "timestamp": EPOCH_SECONDS,
 * "title": "t3a: request 42"}}</li>
 * <li>one line per event, {@code [SECONDS, CODE, DATA]}: seconds since the start with six decimals, never
 * decreasing; code {@code "o"} for bytes the array sent, {@code "i"} for what the center typed, {@code "m"}
 * for a marker. Bytes are kept one character each (ISO-8859-1), so even line noise is recorded as it came.
 * A typed secret is recorded as the marker {@code "secret typed: WHAT"}, never in clear.</li>
 * <li>the closing line, written by {@link #close()}:
 * {@code [SECONDS, "m", "recording closed: N lines, chain head HEAD"]}, where N counts the lines before it
 * (the header included) and HEAD is the chain hash of line N.</li>
 * </ul>
 * {@code FILE.sha256} (the sidecar) holds one line per line of {@code FILE}, closing line included: the chain
 * hash of that line as 64 lowercase hex digits and LF. The chain starts from 32 zero bytes; the hash of line
 * k is SHA-256(raw 32-byte hash of line k-1, then the UTF-8 bytes of line k without its LF). A changed,
 * removed or reordered line breaks the chain at that line; a cut-off end lacks the closing line, whose count
 * and head say where the recording ended. {@link RecordingVerifier} checks all of it. The chain is not
 * keyed: whoever rewrites the whole file can rewrite the sidecar too, so the head ({@link #head()}) is worth
 * keeping apart from the file (with the request it served), where a rewritten recording no longer matches.
 *
 * <h2>Guarantees</h2>
 *
 * Each line reaches the operating system before the call that recorded it returns, the cast line first, then
 * its hash, so a crash of the workbench loses nothing that reached the array. The methods are synchronized:
 * a reader thread and a writer thread may record at once, and their events keep the order of the calls. When
 * a write fails, that call and every later one throws {@link RecordingFailedException}: a session whose
 * recording fails must stop rather than go on unrecorded.
 */
public final class SessionRecording implements AutoCloseable {
	/** What the sidecar's name adds to the recording's. */
	public static final String SIDECAR_SUFFIX = ".sha256";
	/** The text the closing marker starts with; no other marker may start so. */
	public static final String CLOSING = "recording closed: ";
	/** The text a secret's marker starts with. */
	public static final String SECRET_TYPED = "secret typed: ";

	private final Path file;
	private final OutputStream cast;
	private final OutputStream sidecar;
	private final long startNanos = System.nanoTime();
	private byte[] head = HashChain.origin();
	private int lines;
	private IOException failure;
	private boolean closed;

	private SessionRecording(Path file, OutputStream cast, OutputStream sidecar) {
		this.file = file;
		this.cast = cast;
		this.sidecar = sidecar;
	}

	/**
	 * Starts a new recording in {@code file} and its sidecar {@code file.sha256} (both replaced if they
	 * exist), titled e.g. "t3a: request 42".
	 */
	public static SessionRecording start(Path file, String title) throws IOException {
		OutputStream cast = open(file);
		OutputStream hashes;
		try {
			hashes = open(sidecarOf(file));
		} catch (IOException e) {
			cast.close();
			throw e;
		}
		SessionRecording recording = new SessionRecording(file, cast, hashes);
		try {
			recording.line(header(Instant.now().getEpochSecond(), title));
		} catch (IOException e) {
			recording.closeStreams();
			throw e;
		}
		return recording;
	}

	private static OutputStream open(Path path) throws IOException {
		try {
			return new BufferedOutputStream(Files.newOutputStream(path, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
		} catch (IOException e) {
			throw new RecordingFailedException("Cannot start the session recording " + path + ": " + reason(e), e);
		}
	}

	/** The sidecar of the recording {@code file}: the same name with {@value #SIDECAR_SUFFIX} added. */
	public static Path sidecarOf(Path file) {
		return file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
	}

	public Path file() {
		return file;
	}

	public Path sidecar() {
		return sidecarOf(file);
	}

	/** Bytes the array sent. */
	public synchronized void output(byte[] bytes) throws IOException {
		event("o", new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/** Text the center typed. */
	public synchronized void input(String typed) throws IOException {
		event("i", typed);
	}

	/**
	 * Notes that a secret was typed, without the secret: {@code what} names it, e.g. "console password of
	 * array t3a", and must not contain it.
	 */
	public synchronized void secret(String what) throws IOException {
		marker(SECRET_TYPED + what);
	}

	/** A note in the recording's own timeline, e.g. why the line was dropped. */
	public synchronized void marker(String text) throws IOException {
		if (text.startsWith(CLOSING)) {
			throw new IllegalArgumentException("a marker may not pose as the closing line: " + text);
		}
		event("m", text);
	}

	/** Lines written so far, the header included. */
	public synchronized int lines() {
		return lines;
	}

	/** The chain hash of the last line written, as the sidecar spells it. */
	public synchronized String head() {
		return HashChain.hex(head);
	}

	private void event(String code, String data) throws IOException {
		if (data.isEmpty()) {
			return;
		}
		line(eventLine(System.nanoTime() - startNanos, code, data));
	}

	/** The asciicast v2 header line: an 80 x 24 terminal, started at {@code epochSeconds}. */
	static String header(long epochSeconds, String title) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("version", 2);
		header.put("width", 80);
		header.put("height", 24);
		header.put("timestamp", epochSeconds);
		header.put("title", title);
		return Json.line(header);
	}

	/** One event's line, {@code [SECONDS, "CODE", DATA]}, {@code nanos} after the start, seconds as %.6f has them. */
	public static String eventLine(long nanos, String code, String data) {
		return Json.line(List.of(BigDecimal.valueOf(Math.round(nanos / 1e3), 6), code, data));
	}

	private void line(String text) throws IOException {
		if (failure != null) {
			throw new RecordingFailedException("The session recording " + file + " failed earlier (" + reason(failure)
					+ "); nothing more can be recorded, so the session must stop", failure);
		}
		if (closed) {
			throw new RecordingFailedException("The session recording " + file + " is closed; nothing more can be recorded");
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		byte[] next = HashChain.next(head, bytes);
		try {
			cast.write(bytes);
			cast.write('\n');
			cast.flush();
			sidecar.write((HashChain.hex(next) + "\n").getBytes(StandardCharsets.US_ASCII));
			sidecar.flush();
		} catch (IOException e) {
			failure = e;
			throw new RecordingFailedException("Writing the session recording " + file + " failed (" + reason(e)
					+ "); the session stops so that nothing happens unrecorded", e);
		}
		head = next;
		lines++;
	}

	private static String reason(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}


	/**
	 * Writes the closing line and closes the files. A recording whose writing failed is closed without it,
	 * so the verifier reports it as cut off where the failure struck.
	 */
	@Override
	public synchronized void close() throws IOException {
		if (closed) {
			return;
		}
		try {
			if (failure == null) {
				line(eventLine(System.nanoTime() - startNanos, "m", CLOSING + lines + " lines, chain head " + head()));
			}
		} finally {
			closed = true;
			closeAfter(failure);
		}
	}

	private void closeAfter(IOException earlier) throws IOException {
		try {
			closeStreams();
		} catch (IOException e) {
			if (earlier == null) {
				throw e;
			}
			// the failure was reported when it struck; the broken stream fails again on close
		}
	}

	private void closeStreams() throws IOException {
		try {
			cast.close();
		} finally {
			sidecar.close();
		}
	}
}
