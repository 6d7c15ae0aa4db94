package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;

import jssc.SerialPort;
import jssc.SerialPortException;
import jssc.SerialPortTimeoutException;

/**
 * A serial line through jssc: a real RS-232 port, or a pseudo-terminal standing in for one. On a
 * pseudo-terminal the line parameters cannot be set (there are no modem lines) yet the port works, so that
 * refusal is tolerated for /dev/pts paths and links to them only.
 */
public final class SerialTransport implements Transport {
	private static final int POLL_MILLIS = 5;
	private final SerialPort port;
	private final int baud;

	private SerialTransport(SerialPort port, int baud) {
		this.port = port;
		this.baud = baud;
	}

	/** Opens {@code path} at {@code baud}, 8 data bits, no parity, 1 stop bit. */
	public static SerialTransport open(String path, int baud) throws IOException {
		SerialPort port = new SerialPort(path);
		try {
			port.openPort();
		} catch (SerialPortException e) {
			throw new IOException("Cannot open serial line " + path + ": " + e.getExceptionType(), e);
		}
		try {
			boolean set = port.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
			if (!set && !isPseudoTerminal(path)) {
				throw new IOException("Serial line " + path + " refused " + baud + " baud 8N1");
			}
		} catch (SerialPortException e) {
			closeQuietly(port);
			throw new IOException("Cannot configure serial line " + path + ": " + e.getExceptionType(), e);
		}
		return new SerialTransport(port, baud);
	}

	static boolean isPseudoTerminal(String path) {
		try {
			return java.nio.file.Paths.get(path).toRealPath().toString().startsWith("/dev/pts/");
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public void write(byte[] bytes) throws IOException {
		try {
			port.writeBytes(bytes);
		} catch (SerialPortException e) {
			throw new IOException("Write to " + describe() + " failed: " + e.getExceptionType(), e);
		}
	}

	@Override
	public byte[] read(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (true) {
				int available = port.getInputBufferBytesCount();
				if (available > 0) {
					return port.readBytes(available, POLL_MILLIS);
				}
				if (System.nanoTime() >= deadline) {
					return new byte[0];
				}
				Thread.sleep(1);
			}
		} catch (SerialPortException | SerialPortTimeoutException e) {
			throw new IOException("Read from " + describe() + " failed: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("Read from " + describe() + " interrupted");
		}
	}

	@Override
	public String describe() {
		return "serial " + port.getPortName() + " @ " + baud;
	}

	@Override
	public void close() throws IOException {
		try {
			port.closePort();
		} catch (SerialPortException e) {
			throw new IOException("Cannot close " + describe() + ": " + e.getExceptionType(), e);
		}
	}

	private static void closeQuietly(SerialPort port) {
		try {
			port.closePort();
		} catch (SerialPortException e) {
			// the open already failed; the configuration error is the one to report
		}
	}
}
