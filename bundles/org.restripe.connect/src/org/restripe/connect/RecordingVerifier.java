package org.restripe.connect;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a session recording against its sidecar, as {@link SessionRecording} describes them: every line
 * against its chain hash, the closing line's count and head, and every line's asciicast v2 form. It finds a
 * changed, added, removed or reordered line, a cut-off end and a missing sidecar, and names the line. Any
 * file may be handed to it: garbage gets a finding, never an exception.
 */
public final class RecordingVerifier {
	private RecordingVerifier() {
	}

	/** Verifies {@code recording} against its sidecar {@code recording.sha256}. */
	public static RecordingCheck verify(Path recording) {
		return verify(recording, SessionRecording.sidecarOf(recording));
	}

	public static RecordingCheck verify(Path recording, Path sidecar) {
		String name = String.valueOf(recording.getFileName() == null ? recording : recording.getFileName());
		if (!Files.isRegularFile(recording)) {
			return RecordingCheck.failed(name, 0,
					Files.exists(recording) ? recording + " is not a file" : "there is no file " + recording);
		}
		if (!Files.isRegularFile(sidecar)) {
			return RecordingCheck.failed(name, 0, "its sidecar " + sidecar.getFileName()
					+ " is missing: without the chain of line hashes the recording cannot show it was not edited");
		}
		try {
			List<byte[]> hashes = readSidecar(sidecar);
			try (RecordingLines lines = new RecordingLines(recording)) {
				return new ChainWalk(name, hashes, lines).walk();
			}
		} catch (Finding f) {
			return RecordingCheck.failed(name, f.line, f.getMessage());
		} catch (NoSuchFileException | AccessDeniedException e) {
			return RecordingCheck.failed(name, 0, "cannot be read: " + e.getFile() + " is missing or not readable");
		} catch (IOException e) {
			return RecordingCheck.failed(name, 0, "cannot be read: " + e.getMessage());
		}
	}

	private static List<byte[]> readSidecar(Path sidecar) throws IOException, Finding {
		List<byte[]> hashes = new ArrayList<>();
		try (RecordingLines lines = new RecordingLines(sidecar, 2 * HashChain.SIZE + 1)) {
			for (byte[] line = lines.next(); line != null; line = lines.next()) {
				byte[] hash = HashChain.parse(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1));
				if (hash == null || lines.unterminated()) {
					throw new Finding(0, "line " + lines.count() + " of the sidecar " + sidecar.getFileName()
							+ " is not a SHA-256 hash (64 lowercase hex digits and a line end)");
				}
				hashes.add(hash);
			}
		} catch (Finding f) {
			// the sidecar's own line numbers are not the recording's
			throw f.line == 0 ? f : new Finding(0, "the sidecar " + sidecar.getFileName() + " is not one: " + f.getMessage());
		}
		return hashes;
	}

	/** A problem at a line of the recording; the message is the finding. */
	static final class Finding extends Exception {
		private static final long serialVersionUID = 1L;
		final int line;

		Finding(int line, String message) {
			super(message);
			this.line = line;
		}
	}

	/** One pass down the recording, line by line, with the chain and the sidecar side by side. */
	private static final class ChainWalk {
		private final String name;
		private final List<byte[]> hashes;
		private final RecordingLines lines;
		private final AsciicastLines form = new AsciicastLines();
		private byte[] head = HashChain.origin();
		private int closedAt;

		ChainWalk(String name, List<byte[]> hashes, RecordingLines lines) {
			this.name = name;
			this.hashes = hashes;
			this.lines = lines;
		}

		RecordingCheck walk() throws IOException, Finding {
			int k = 0;
			for (byte[] line = lines.next(); line != null; line = lines.next()) {
				k++;
				follow(k, line);
			}
			if (k == 0) {
				throw new Finding(1, "the file is empty: it has no asciicast header");
			}
			if (closedAt == 0) {
				throw new Finding(k, hashes.size() > k
						? "the recording ends after line " + k + " but its sidecar holds hashes of " + hashes.size()
								+ " lines: lines " + (k + 1) + " to " + hashes.size() + " were cut off"
						: "the recording ends after line " + k + " without its closing line: it was cut off there"
								+ " (the session stopped before closing it, or its end was removed)");
			}
			if (hashes.size() > k) {
				throw new Finding(k, "the recording was closed at line " + k + " but its sidecar holds hashes of "
						+ hashes.size() + " lines");
			}
			return new RecordingCheck(name, true, 0, "", k, form.events(), form.seconds(), HashChain.hex(head));
		}

		private void follow(int k, byte[] line) throws IOException, Finding {
			if (closedAt > 0) {
				throw new Finding(k, "line " + k + " was added after the closing line " + closedAt);
			}
			if (k > hashes.size()) {
				throw new Finding(k, "line " + k + " has no hash in the sidecar: it was added, or the recording stopped"
						+ " between writing it and its hash");
			}
			byte[] hash = HashChain.next(head, line);
			if (!Arrays.equals(hash, hashes.get(k - 1))) {
				throw new Finding(k, diagnose(k, line, lines.next()));
			}
			if (lines.unterminated()) {
				throw new Finding(k, "line " + k + " has no line end: the file was cut off in it");
			}
			AsciicastLines.Closing closing = form.read(k, line);
			if (closing != null) {
				checkClosing(k, closing);
				closedAt = k;
			}
			head = hash;
		}

		private void checkClosing(int k, AsciicastLines.Closing closing) throws Finding {
			if (closing.lines() != k - 1) {
				throw new Finding(k, "the recording ends after line " + (k - 1) + " but was closed at " + closing.lines()
						+ " lines");
			}
			if (!closing.head().equals(HashChain.hex(head))) {
				throw new Finding(k, "the closing line names chain head " + closing.head() + " but line " + (k - 1)
						+ " hashes to " + HashChain.hex(head));
			}
		}

		/** Why line {@code k} breaks the chain: where in the sidecar it belongs, if anywhere. */
		private String diagnose(int k, byte[] line, byte[] next) {
			int was = positionInSidecar(line, k);
			if (was > k) {
				boolean goesOn = next == null ? was == hashes.size() : continuesAt(was + 1, next);
				if (goesOn) {
					return was == k + 1 ? "line " + k + " was removed" : "lines " + k + " to " + (was - 1) + " were removed";
				}
				return "line " + k + " is what was line " + was + ": lines were reordered";
			}
			if (was > 0) {
				return "line " + k + " is a copy of line " + was + ": lines were reordered or repeated";
			}
			if (next != null && continuesAt(k, next)) {
				return "line " + k + " was added: the sidecar has no hash for it, and the lines after it were moved down";
			}
			if (next != null && !continuesAt(k + 1, next)) {
				return "line " + k + " does not match its hash in the sidecar: the line, or the sidecar, was changed";
			}
			return "line " + k + " was changed";
		}

		/** The sidecar position other than {@code not} whose hash {@code line} continues, or 0. */
		private int positionInSidecar(byte[] line, int not) {
			for (int p = 1; p <= hashes.size(); p++) {
				if (p != not && continuesAt(p, line)) {
					return p;
				}
			}
			return 0;
		}

		/** Whether {@code line} is the one the sidecar hashed at position {@code p}. */
		private boolean continuesAt(int p, byte[] line) {
			if (p > hashes.size()) {
				return false;
			}
			byte[] before = p == 1 ? HashChain.origin() : hashes.get(p - 2);
			return Arrays.equals(HashChain.next(before, line), hashes.get(p - 1));
		}
	}
}
