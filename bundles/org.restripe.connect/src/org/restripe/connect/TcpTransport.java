package org.restripe.connect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A console reached over TCP: a terminal server's port, ser2net in raw or telnet mode, or the simulator's
 * console line. Telnet negotiation, if the far end starts one, is declined and kept out of the data.
 */
public final class TcpTransport implements Transport {
	private static final int BUFFER = 4096;
	private final Socket socket;
	private final InputStream in;
	private final OutputStream out;
	private final String endpoint;
	private final TelnetFilter telnet = new TelnetFilter();

	private TcpTransport(Socket socket, String endpoint) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
		this.out = socket.getOutputStream();
		this.endpoint = endpoint;
	}

	/** Connects to {@code host}:{@code port}, giving up after {@code timeout}. */
	public static TcpTransport connect(String host, int port, Duration timeout) throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
			return new TcpTransport(socket, host + ":" + port);
		} catch (IOException e) {
			socket.close();
			throw new IOException("Cannot connect to console " + host + ":" + port + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		// a literal 0xFF must be doubled, or a telnet peer would take it for a command
		ByteArrayOutputStream escaped = new ByteArrayOutputStream(bytes.length);
		for (byte b : bytes) {
			escaped.write(b);
			if ((b & 0xFF) == TelnetFilter.IAC) {
				escaped.write(b);
			}
		}
		out.write(escaped.toByteArray());
		out.flush();
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		byte[] buffer = new byte[BUFFER];
		while (true) {
			long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
			socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
			int n;
			try {
				n = in.read(buffer);
			} catch (SocketTimeoutException e) {
				return new byte[0];
			}
			if (n < 0) {
				throw new IOException("Console " + endpoint + " closed the connection");
			}
			ByteArrayOutputStream replies = new ByteArrayOutputStream();
			byte[] data = telnet.filter(Arrays.copyOf(buffer, n), replies);
			if (replies.size() > 0) {
				out.write(replies.toByteArray());
				out.flush();
			}
			// a read that held only negotiation is not data: keep waiting within the timeout
			if (data.length > 0 || System.nanoTime() >= deadline) {
				return data;
			}
		}
	}

	@Override
	public String describe() {
		return "tcp " + endpoint;
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
