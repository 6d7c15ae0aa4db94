package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes each way over a line, for what the wire would carry at the real line's speed. */
public final class CountingTransport implements Transport {
	private final Transport line;
	private final AtomicLong sent;
	private final AtomicLong received;

	/** Adds to the given counters, so several lines of one session add up. */
	public CountingTransport(Transport line, AtomicLong sent, AtomicLong received) {
		this.line = line;
		this.sent = sent;
		this.received = received;
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		line.write(bytes);
		sent.addAndGet(bytes.length);
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		byte[] bytes = line.read(timeout);
		received.addAndGet(bytes.length);
		return bytes;
	}

	@Override
	public String describe() {
		return line.describe();
	}

	@Override
	public void close() throws IOException {
		line.close();
	}
}
