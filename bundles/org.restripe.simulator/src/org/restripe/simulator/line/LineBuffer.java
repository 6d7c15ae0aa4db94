package org.restripe.simulator.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * Bytes that arrived on a line and were not read yet, like a UART's receive buffer: written by whoever
 * is on the line, read (blocking) by the far end. When full it overruns rather than blocks, as a serial
 * receiver loses characters nobody reads; {@link #clear()} drops what was in flight when a line drops.
 */
public final class LineBuffer {
	private final byte[] ring;
	private int head;
	private int count;
	private boolean closed;

	public LineBuffer(int capacity) {
		this.ring = new byte[capacity];
	}

	/**
	 * A buffer a daemon thread fills from {@code from} until it ends, so a reader can wait for input with a
	 * timeout ({@link #awaitInput}) where a plain stream only blocks.
	 */
	public static LineBuffer fedBy(InputStream from, String threadName) {
		LineBuffer buffer = new LineBuffer(64 * 1024);
		Thread pump = new Thread(() -> {
			byte[] chunk = new byte[1024];
			try {
				int n;
				while ((n = from.read(chunk)) >= 0) {
					buffer.write(chunk, 0, n);
				}
			} catch (IOException e) {
				// the stream went away: its end is the end of the buffer
			} finally {
				buffer.close();
			}
		}, threadName);
		pump.setDaemon(true);
		pump.start();
		return buffer;
	}

	/** Adds bytes; what does not fit is lost (an overrun). Nothing is added after {@link #close()}. */
	public synchronized void write(byte[] bytes, int offset, int length) {
		if (closed) {
			return;
		}
		int n = Math.min(length, ring.length - count);
		for (int i = 0; i < n; i++) {
			ring[(head + count + i) % ring.length] = bytes[offset + i];
		}
		count += n;
		notifyAll();
	}

	/** The next byte, waiting for it; -1 once closed and drained. */
	public synchronized int read() throws InterruptedIOException {
		awaitData();
		if (count == 0) {
			return -1;
		}
		int b = ring[head] & 0xFF;
		head = (head + 1) % ring.length;
		count--;
		return b;
	}

	/** Up to {@code length} bytes, waiting for the first; -1 once closed and drained. */
	public synchronized int read(byte[] into, int offset, int length) throws InterruptedIOException {
		if (length == 0) {
			return 0;
		}
		awaitData();
		if (count == 0) {
			return -1;
		}
		int n = Math.min(length, count);
		for (int i = 0; i < n; i++) {
			into[offset + i] = ring[(head + i) % ring.length];
		}
		head = (head + n) % ring.length;
		count -= n;
		return n;
	}

	/** Waits up to {@code patience} for a byte to read or the end; true if {@link #read()} will not block. */
	public synchronized boolean awaitInput(Duration patience) throws InterruptedIOException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (count == 0 && !closed) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			waitMillis(Math.max(1, left / 1_000_000));
		}
		return true;
	}

	/** Drops whatever was not read yet. */
	public synchronized void clear() {
		head = 0;
		count = 0;
	}

	/** Readers get the rest, then the end of stream. */
	public synchronized void close() {
		closed = true;
		notifyAll();
	}

	public InputStream input() {
		return new InputStream() {
			@Override
			public int read() throws IOException {
				return LineBuffer.this.read();
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return LineBuffer.this.read(b, off, len);
			}

			@Override
			public int available() {
				synchronized (LineBuffer.this) {
					return count;
				}
			}
		};
	}

	private void awaitData() throws InterruptedIOException {
		while (count == 0 && !closed) {
			waitMillis(0);
		}
	}

	private void waitMillis(long millis) throws InterruptedIOException {
		try {
			wait(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the line");
		}
	}
}
