package org.restripe.connect.modem;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a Hayes modem's replies out of the byte stream from its serial port: result codes, verbose
 * ({@code "\r\nOK\r\n"}) or numeric ({@code "0\r"}), with command echo on or off, lines ended by CR, LF or
 * any mix of them, and line noise (bytes outside printable ASCII are dropped from a line's text). Every
 * other line is text: echoed commands, register values, what the far end sends once connected. The
 * unfinished last line, where a prompt such as {@code Password>} waits, is {@link #partial()}.
 * <p>
 * Fed in chunks as they arrive; the lines it finds do not depend on how the stream was split. Nothing is
 * lost: the raw bytes behind every line are handed out by {@link #takeConsumed()} (for the session record),
 * and those not yet read as lines by {@link #takeRemainder()} (the data after a CONNECT). A line without an
 * end is cut at {@link #MAX_LINE} bytes, so noise cannot make it grow without bound.
 */
public final class ModemResultReader {
	/** The longest line kept whole; a modem's longest reply is far shorter. */
	public static final int MAX_LINE = 512;

	/** A complete line: its text, and the result code it is, or null for text. */
	public record Line(String text, ModemResult result) {
		public boolean isResult() {
			return result != null;
		}
	}

	private byte[] buffer = new byte[256];
	/** Unread bytes are buffer[start, length). */
	private int start;
	private int length;
	private final ByteArrayOutputStream consumed = new ByteArrayOutputStream();
	private boolean numericCodes = true;

	/** Whether a line of one or two digits is a numeric result code (ATV0); on until the modem is verbose. */
	public void acceptNumericCodes(boolean accept) {
		this.numericCodes = accept;
	}

	public void feed(byte[] bytes) {
		feed(bytes, 0, bytes.length);
	}

	public void feed(byte[] bytes, int offset, int count) {
		if (length + count > buffer.length) {
			int unread = length - start;
			byte[] grown = unread + count > buffer.length ? new byte[Math.max(buffer.length * 2, unread + count)] : buffer;
			System.arraycopy(buffer, start, grown, 0, unread);
			buffer = grown;
			start = 0;
			length = unread;
		}
		System.arraycopy(bytes, offset, buffer, length, count);
		length += count;
	}

	/** The next complete line that is not empty, or empty when no complete line is buffered. */
	public Optional<Line> next() {
		while (true) {
			int end = lineEnd();
			if (end < 0) {
				return Optional.empty();
			}
			String text = clean(start, Math.min(end, start + MAX_LINE));
			consume(end < length && isLineEnd(buffer[end]) ? skipLineEnd(end) : end);
			if (!text.isEmpty()) {
				return Optional.of(new Line(text, ModemResult.parse(text, numericCodes).orElse(null)));
			}
		}
	}

	/** The printable text of the unfinished last line, e.g. {@code "Password>"}; lines before it are not read. */
	public String partial() {
		int from = start;
		for (int i = start; i < length; i++) {
			if (isLineEnd(buffer[i])) {
				from = i + 1;
			}
		}
		return clean(from, length);
	}

	/** Drops what is buffered up to and including the unfinished last line, e.g. a prompt that was answered. */
	public void discardPartial() {
		consume(length);
	}

	/** The raw bytes read as lines (or discarded) since the last call. */
	public byte[] takeConsumed() {
		byte[] bytes = consumed.toByteArray();
		consumed.reset();
		return bytes;
	}

	/** The raw bytes not yet read as lines, removed from the reader: the data that followed a CONNECT. */
	public byte[] takeRemainder() {
		byte[] rest = Arrays.copyOfRange(buffer, start, length);
		start = 0;
		length = 0;
		return rest;
	}

	/** Index of the first line end, or where an overlong line is cut; -1 if the line is unfinished. */
	private int lineEnd() {
		for (int i = start; i < length; i++) {
			if (isLineEnd(buffer[i])) {
				return i;
			}
			if (i + 1 - start >= MAX_LINE) {
				return i + 1;
			}
		}
		return -1;
	}

	/** A CR LF (or LF CR) pair ends one line, not two; further ends make empty lines, which are skipped. */
	private int skipLineEnd(int end) {
		int next = end + 1;
		if (next < length && isLineEnd(buffer[next]) && buffer[next] != buffer[end]) {
			next++;
		}
		return next;
	}

	/** Marks everything before {@code index} read. */
	private void consume(int index) {
		consumed.write(buffer, start, index - start);
		start = index;
		if (start == length) {
			start = 0;
			length = 0;
		}
	}

	private String clean(int from, int to) {
		StringBuilder text = new StringBuilder(to - from);
		for (int i = from; i < to; i++) {
			int b = buffer[i] & 0xFF;
			if (b >= 0x20 && b < 0x7F) {
				text.append((char) b);
			} else if (b == '\t') {
				text.append(' ');
			}
		}
		return text.toString().trim();
	}

	private static boolean isLineEnd(byte b) {
		return b == '\r' || b == '\n';
	}
}
