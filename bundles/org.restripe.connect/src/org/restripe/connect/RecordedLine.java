package org.restripe.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A line as one talker on it uses it: what it types and what it receives go to the session recording before
 * anything else happens, and what it received since it last looked is kept as text (one character a byte,
 * ISO-8859-1, so line noise is kept as it came). The console session and the terminal server menu each talk
 * through one.
 */
public final class RecordedLine {
	private final Transport transport;
	private final SessionRecording recording;
	private final StringBuilder received = new StringBuilder();

	public RecordedLine(Transport transport, SessionRecording recording) {
		this.transport = transport;
		this.recording = recording;
	}

	/** Types {@code text}, recorded as input. */
	public void type(String text) throws IOException {
		recording.input(text);
		transport.write(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Waits up to {@code wait} for bytes; true when some came (recorded and added to {@link #received()}). */
	public boolean receive(Duration wait) throws IOException {
		byte[] bytes = transport.read(wait);
		if (bytes.length == 0) {
			return false;
		}
		recording.output(bytes);
		received.append(new String(bytes, StandardCharsets.ISO_8859_1));
		return true;
	}

	/** What came since {@link #forget()}. */
	public StringBuilder received() {
		return received;
	}

	public void forget() {
		received.setLength(0);
	}

	public Transport transport() {
		return transport;
	}

	public SessionRecording recording() {
		return recording;
	}

	/** The last non-empty line of {@code text}, for messages that say what the far end said last. */
	public static String lastLine(CharSequence text) {
		String s = text.toString().replace("\r", "").strip();
		return s.substring(s.lastIndexOf('\n') + 1);
	}
}
