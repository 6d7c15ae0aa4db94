package org.restripe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.restripe.connect.Transport;

/**
 * The baseline of SessionBench: types each command line and reads raw bytes until the array's prompt, with
 * no console session, no recording and no dialect (the prompt is recognised by a plain byte comparison).
 * What it takes is the wire (here a pty) plus the array's reply.
 */
final class BareConsole {
	private static final Duration POLL = Duration.ofMillis(100);
	private static final long PATIENCE_NANOS = Duration.ofSeconds(10).toNanos();

	/** Bytes typed and bytes received over a stream of commands. */
	record Traffic(long typed, long received) {
	}

	private final Transport transport;
	private final byte[] promptStart;
	private byte[] received = new byte[4096];
	private int length;
	private final List<byte[]> replies = new ArrayList<>();

	/** {@code arrayName} as the prompt shows it, e.g. t3a for {@code t3a:/:<12>}. */
	BareConsole(Transport transport, String arrayName) {
		this.transport = transport;
		this.promptStart = (arrayName + ":/:<").getBytes(StandardCharsets.ISO_8859_1);
	}

	Traffic run(List<String> commands) throws IOException {
		replies.clear();
		long typed = 0;
		long got = 0;
		for (String command : commands) {
			byte[] line = (command + "\r").getBytes(StandardCharsets.ISO_8859_1);
			transport.write(line);
			typed += line.length;
			got += untilPrompt(command);
			replies.add(Arrays.copyOf(received, length));
		}
		return new Traffic(typed, got);
	}

	/** What the array sent after each command of the last run, in order: echo, reply and prompt. */
	List<byte[]> replies() {
		return replies;
	}

	private int untilPrompt(String command) throws IOException {
		length = 0;
		long deadline = System.nanoTime() + PATIENCE_NANOS;
		while (!endsWithPrompt()) {
			byte[] bytes = transport.read(POLL);
			if (bytes.length == 0 && System.nanoTime() > deadline) {
				throw new IOException("no prompt after '" + command + "' within 10 s; received: "
						+ new String(received, 0, length, StandardCharsets.ISO_8859_1));
			}
			if (length + bytes.length > received.length) {
				received = Arrays.copyOf(received, Math.max(2 * received.length, length + bytes.length));
			}
			System.arraycopy(bytes, 0, received, length, bytes.length);
			length += bytes.length;
		}
		return length;
	}

	/** Ends with {@code NAME:/:<DIGITS>}. */
	private boolean endsWithPrompt() {
		int i = length - 1;
		if (i < 0 || received[i] != '>') {
			return false;
		}
		i--;
		int digitsEnd = i;
		while (i >= 0 && received[i] >= '0' && received[i] <= '9') {
			i--;
		}
		int start = i + 1 - promptStart.length;
		return i < digitsEnd && start >= 0
				&& Arrays.equals(received, start, i + 1, promptStart, 0, promptStart.length);
	}
}
