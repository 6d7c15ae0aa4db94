package org.restripe.simulator;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The engineer's side of a line in tests: sends text and waits, with a deadline, for what the far end
 * prints. Everything received is kept, so a failed expectation shows the whole conversation.
 */
public final class Terminal implements AutoCloseable {
	public static final Duration PATIENCE = Duration.ofSeconds(5);

	private final InputStream in;
	private final OutputStream out;
	private final AutoCloseable resource;
	private final StringBuilder received = new StringBuilder();
	private final Thread reader;
	private int consumed;
	private volatile boolean ended;

	public Terminal(InputStream in, OutputStream out, AutoCloseable resource) {
		this.in = in;
		this.out = out;
		this.resource = resource;
		this.reader = new Thread(this::readLoop, "test-terminal");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	public static Terminal connect(int port) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.setTcpNoDelay(true);
		return new Terminal(socket.getInputStream(), socket.getOutputStream(), socket);
	}

	/**
	 * Opens a pty as a terminal program does. Closing it closes the pty for real: the reader never sits in
	 * a blocking read (which would keep the pty open after close), it looks for input every few ms.
	 */
	public static Terminal onPty(Path pty) throws IOException {
		FileInputStream in = new FileInputStream(pty.toFile());
		FileOutputStream out = new FileOutputStream(pty.toFile());
		PolledInput polled = new PolledInput(in);
		return new Terminal(polled, out, () -> {
			polled.close();
			out.close();
		});
	}

	/** Reads only what is available, so that closing never waits on a read in progress. */
	private static final class PolledInput extends InputStream {
		private final FileInputStream in;
		private volatile boolean closed;

		PolledInput(FileInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) throws IOException {
			while (!closed) {
				int available = in.available();
				if (available > 0) {
					return in.read(b, off, Math.min(available, len));
				}
				try {
					wait(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return -1;
				}
			}
			return -1;
		}

		@Override
		public void close() throws IOException {
			closed = true;
			synchronized (this) {
				in.close();
			}
		}
	}

	private void readLoop() {
		byte[] buffer = new byte[4096];
		try {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				synchronized (this) {
					received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
					notifyAll();
				}
			}
		} catch (IOException e) {
			synchronized (this) {
				received.append("\n[read failed: ").append(e.getMessage()).append("]");
			}
		}
		synchronized (this) {
			ended = true;
			notifyAll();
		}
	}

	public Terminal send(String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
		return this;
	}

	public Terminal line(String text) throws IOException {
		return send(text + "\r");
	}

	/** Waits for {@code text}; returns what arrived since the last expectation, up to and including it. */
	public synchronized String expect(String text) throws IOException {
		return expect(text, PATIENCE);
	}

	public synchronized String expect(String text, Duration patience) throws IOException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (true) {
			int at = received.indexOf(text, consumed);
			if (at >= 0) {
				String seen = received.substring(consumed, at + text.length());
				consumed = at + text.length();
				return seen;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0 || ended) {
				throw new IOException("Expected '" + text + "' " + (ended ? "before the line ended" : "within " + patience)
						+ "; received:\n" + received.substring(consumed));
			}
			waitNanos(left);
		}
	}

	/** Waits until the far end closes the line. */
	public synchronized void expectEnd(Duration patience) throws IOException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!ended) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IOException("The line stayed up; received:\n" + received.substring(consumed));
			}
			waitNanos(left);
		}
	}

	/** What arrived and was not yet consumed by an expectation. */
	public synchronized String pending() {
		return received.substring(consumed);
	}

	private void waitNanos(long nanos) throws IOException {
		try {
			wait(Math.max(1, nanos / 1_000_000));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	/** Logs in as root and waits for the first prompt; returns the banner. */
	public String login(String arrayName, String password) throws IOException {
		expect("login: ");
		line("root");
		expect("Password: ");
		line(password);
		return expect(arrayName + ":/:<1>");
	}

	/** Runs one T3 command and returns its output without the echo and the next prompt. */
	public String t3(String arrayName, String command) throws IOException {
		line(command);
		expect(command + "\r\n");
		String seen = expect(arrayName + ":/:<");
		expect(">");
		return seen.substring(0, seen.length() - (arrayName + ":/:<").length());
	}

	@Override
	public void close() throws Exception {
		resource.close();
	}
}
