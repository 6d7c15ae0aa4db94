package org.restripe.connect;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The record of a console session as an asciicast v2 file: a JSON header line, then one
 * {@code [seconds, "o"|"i", data]} line for every chunk the array sent ("o") or the center typed ("i").
 * Each event is flushed as it happens, so a crash of the workbench loses nothing of what reached the
 * array. Bytes are kept one character each (ISO-8859-1), so even line noise is recorded as it came.
 */
public final class SessionRecording implements AutoCloseable {
	private final Writer out;
	private final long startNanos = System.nanoTime();
	private final Path file;

	private SessionRecording(Path file, Writer out) {
		this.file = file;
		this.out = out;
	}

	/** Starts a new recording in {@code file} (replaced if it exists), titled e.g. "t3a: request 42". */
	public static SessionRecording start(Path file, String title) throws IOException {
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		SessionRecording recording = new SessionRecording(file, out);
		recording.line("{\"version\": 2, \"width\": 80, \"height\": 24, \"timestamp\": "
				+ Instant.now().getEpochSecond() + ", \"title\": " + json(title) + "}");
		return recording;
	}

	public Path file() {
		return file;
	}

	/** Bytes the array sent. */
	public synchronized void output(byte[] bytes) throws IOException {
		event("o", new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/** Text the center typed. */
	public synchronized void input(String typed) throws IOException {
		event("i", typed);
	}

	/** A note in the record (what the center did, why the line ended), never typed to the array. */
	public synchronized void marker(String text) throws IOException {
		event("m", text);
	}

	private void event(String kind, String data) throws IOException {
		if (data.isEmpty()) {
			return;
		}
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		line("[" + String.format(java.util.Locale.ROOT, "%.6f", seconds) + ", \"" + kind + "\", " + json(data) + "]");
	}

	private void line(String text) throws IOException {
		out.write(text);
		out.write('\n');
		out.flush();
	}

	static String json(String text) {
		StringBuilder s = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> s.append("\\\"");
			case '\\' -> s.append("\\\\");
			case '\n' -> s.append("\\n");
			case '\r' -> s.append("\\r");
			case '\t' -> s.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7F) {
					s.append(String.format("\\u%04x", (int) c));
				} else {
					s.append(c);
				}
			}
			}
		}
		return s.append('"').toString();
	}

	@Override
	public synchronized void close() throws IOException {
		out.close();
	}
}
