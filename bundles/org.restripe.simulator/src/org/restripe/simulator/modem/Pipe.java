package org.restripe.simulator.modem;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One direction of a telephone connection: bytes written at one end come out at the other. Closing it is
 * the carrier dropping: readers see end of stream, writers an exception. Unlike java.io's piped streams it
 * does not care which threads read and write, and it can wait for a byte with a time limit.
 */
final class Pipe {
	private static final int CLOSED = -1;

	private final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();
	private volatile boolean closed;

	void close() {
		closed = true;
		bytes.add(CLOSED);
	}

	boolean isClosed() {
		return closed;
	}

	/** The next byte, -1 at end, -2 if none arrived within {@code timeoutMs}. */
	int read(long timeoutMs) throws IOException {
		try {
			Integer b = bytes.poll(timeoutMs, TimeUnit.MILLISECONDS);
			if (b == null) {
				return -2;
			}
			if (b == CLOSED) {
				bytes.add(CLOSED);
			}
			return b;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting on the line", e);
		}
	}

	InputStream input() {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				int b;
				do {
					b = Pipe.this.read(1_000);
				} while (b == -2);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (length == 0) {
					return 0;
				}
				int first = read();
				if (first < 0) {
					return -1;
				}
				buffer[offset] = (byte) first;
				int n = 1;
				Integer next;
				while (n < length && (next = bytes.peek()) != null && next != CLOSED) {
					buffer[offset + n++] = (byte) (int) bytes.poll();
				}
				return n;
			}
		};
	}

	OutputStream output() {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				if (closed) {
					throw new IOException("NO CARRIER");
				}
				bytes.add(b & 0xFF);
			}
		};
	}
}
