package org.restripe.simulator.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A character terminal over any byte stream, as a serial console or a telnet session sees it: lines end
 * with CR, LF or CR LF, typed characters are echoed (except passwords), backspace and DEL erase, and
 * telnet option negotiation (IAC ...) is dropped so that a telnet client or ser2net can sit in front.
 * Output can be disturbed with line noise, a fault a real serial line suffers.
 */
public final class ConsoleIo {
	private static final int IAC = 0xFF;
	private static final int SB = 250;
	private static final int SE = 240;

	private final InputStream in;
	private final OutputStream out;
	private volatile double noise;
	private final Random random = new Random(4711);
	private boolean lastWasCr;
	private volatile boolean echo = true;

	public ConsoleIo(InputStream in, OutputStream out) {
		this.in = in;
		this.out = out;
	}

	/** Probability that each output byte is replaced by a garbage byte; 0 for a clean line. */
	public void setNoise(double probability) {
		this.noise = probability;
	}

	/** Whether typed characters are echoed; a serial console echoes, a machine-to-machine link may not. */
	public void setEcho(boolean echo) {
		this.echo = echo;
	}

	/** Reads one line; null at end of stream. {@code secret} suppresses echo, as for a password. */
	public String readLine(boolean secret) throws IOException {
		StringBuilder line = new StringBuilder();
		while (true) {
			int b = readFiltered();
			if (b < 0) {
				return line.length() > 0 ? line.toString() : null;
			}
			if (b == '\n' && lastWasCr) {
				lastWasCr = false;
				continue;
			}
			lastWasCr = b == '\r';
			if (b == '\r' || b == '\n') {
				echo("\r\n", true);
				return line.toString();
			}
			if (b == 8 || b == 127) {
				if (line.length() > 0) {
					line.setLength(line.length() - 1);
					echo("\b \b", !secret);
				}
				continue;
			}
			if (b >= 32 || b == '\t') {
				line.append((char) b);
				echo(String.valueOf((char) b), !secret);
			}
		}
	}

	/** Reads one raw byte with telnet negotiation removed; -1 at end of stream. */
	public int readFiltered() throws IOException {
		while (true) {
			int b = in.read();
			if (b != IAC) {
				return b;
			}
			int command = in.read();
			if (command == IAC) {
				return IAC;
			}
			if (command == SB) {
				skipSubnegotiation();
			} else if (command >= 251 && command <= 254) {
				in.read();
			} else if (command < 0) {
				return -1;
			}
		}
	}

	private void skipSubnegotiation() throws IOException {
		int previous = 0;
		int b;
		while ((b = in.read()) >= 0) {
			if (previous == IAC && b == SE) {
				return;
			}
			previous = b;
		}
	}

	private void echo(String text, boolean visible) throws IOException {
		if (echo && visible) {
			write(text);
		}
	}

	public void write(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		double p = noise;
		if (p > 0) {
			for (int i = 0; i < bytes.length; i++) {
				if (random.nextDouble() < p) {
					bytes[i] = (byte) (0x80 | random.nextInt(0x7F));
				}
			}
		}
		out.write(bytes);
		out.flush();
	}

	public void writeLine(String text) throws IOException {
		write(text + "\r\n");
	}

	public InputStream input() {
		return in;
	}

	public OutputStream output() {
		return out;
	}
}
