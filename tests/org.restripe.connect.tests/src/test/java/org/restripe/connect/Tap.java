package org.restripe.connect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/** A transport passed through, keeping a copy of every byte each way for the test to compare. */
final class Tap implements Transport {
	private final Transport line;
	private final ByteArrayOutputStream received = new ByteArrayOutputStream();
	private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

	Tap(Transport line) {
		this.line = line;
	}

	@Override
	public synchronized void write(byte[] bytes) throws IOException {
		sent.write(bytes);
		line.write(bytes);
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		byte[] bytes = line.read(timeout);
		synchronized (this) {
			received.write(bytes);
		}
		return bytes;
	}

	synchronized byte[] received() {
		return received.toByteArray();
	}

	synchronized byte[] sent() {
		return sent.toByteArray();
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
