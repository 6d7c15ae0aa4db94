package org.restripe.connect;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

/**
 * A console that says what it was given, one chunk per read, whatever is typed to it; then silence. It
 * answers at once, never waiting out a timeout, so a fuzzer can try thousands of replies a second.
 */
final class ScriptedConsole implements Transport {
	private final Queue<byte[]> chunks;
	private final ByteArrayOutputStream said = new ByteArrayOutputStream();
	private final ByteArrayOutputStream typed = new ByteArrayOutputStream();

	ScriptedConsole(List<byte[]> chunks) {
		this.chunks = new ArrayDeque<>(chunks);
	}

	@Override
	public void write(byte[] bytes) {
		typed.writeBytes(bytes);
	}

	@Override
	public byte[] read(Duration timeout) {
		byte[] chunk = chunks.poll();
		if (chunk == null) {
			return new byte[0];
		}
		said.writeBytes(chunk);
		return chunk;
	}

	/** Everything the console said so far. */
	byte[] said() {
		return said.toByteArray();
	}

	byte[] typed() {
		return typed.toByteArray();
	}

	@Override
	public String describe() {
		return "scripted console";
	}

	@Override
	public void close() {
		chunks.clear();
	}
}
