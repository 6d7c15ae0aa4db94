package org.restripe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.restripe.connect.Transport;

/**
 * A line that plays back what the array sent after each command (recorded over the pty), a few bytes per
 * read: at 115200 baud about 11.5 bytes arrive per millisecond, and SerialTransport polls every millisecond,
 * so on a real line a reply reaches the session in chunks of that size, where the pty hands it over in one
 * or two. Nothing waits, so a run over it costs only what the center's code does per chunk and per command.
 * The commands must come in the order they were recorded (over and over): a reply depends on what came
 * before it, e.g. {@code sys list} after {@code sys rd_ahead on}.
 */
final class ReplayTransport implements Transport {
	private final List<String> commands;
	private final List<byte[]> replies;
	private int next;
	private final byte[] idlePrompt;
	private final int chunk;
	private byte[] pending = new byte[0];
	private int at;

	/** {@code replies.get(i)} answers {@code commands.get(i)}; Return alone is answered with {@code prompt}. */
	ReplayTransport(List<String> commands, List<byte[]> replies, String prompt, int chunk) {
		if (commands.size() != replies.size() || commands.isEmpty()) {
			throw new IllegalArgumentException(commands.size() + " commands but " + replies.size() + " replies");
		}
		this.commands = List.copyOf(commands);
		this.replies = List.copyOf(replies);
		this.idlePrompt = ("\r\n" + prompt).getBytes(StandardCharsets.ISO_8859_1);
		this.chunk = chunk;
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		String line = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "");
		byte[] reply = line.isEmpty() ? idlePrompt : replyTo(line);
		byte[] rest = Arrays.copyOfRange(pending, at, pending.length + reply.length);
		System.arraycopy(reply, 0, rest, pending.length - at, reply.length);
		pending = rest;
		at = 0;
	}

	private byte[] replyTo(String line) throws IOException {
		if (!line.equals(commands.get(next))) {
			throw new IOException("typed '" + line + "' where the recording has '" + commands.get(next) + "'");
		}
		byte[] reply = replies.get(next);
		next = (next + 1) % commands.size();
		return reply;
	}

	@Override
	public byte[] read(Duration timeout) {
		int end = Math.min(at + chunk, pending.length);
		byte[] bytes = Arrays.copyOfRange(pending, at, end);
		at = end;
		return bytes;
	}

	@Override
	public String describe() {
		return "replay in " + chunk + "-byte chunks";
	}

	@Override
	public void close() {
		// nothing is open
	}
}
