package org.restripe.ui.session;

import java.util.Optional;

/**
 * Reads one event line of an asciicast v2 file, exactly the form {@link org.restripe.connect.SessionRecording}
 * writes: a JSON array of a number and two JSON strings. The header (a JSON object) and anything malformed
 * give no event; no JSON library is on the target platform, and this form needs none.
 */
public final class CastReader {
	private final String line;
	private int at;

	private CastReader(String line) {
		this.line = line;
	}

	public static Optional<CastEvent> event(String line) {
		if (line == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CastReader(line.strip()).read());
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private CastEvent read() {
		expect('[');
		double time = number();
		expect(',');
		String code = string();
		expect(',');
		String data = string();
		expect(']');
		skipSpace();
		if (at != line.length()) {
			throw new IllegalArgumentException("text after the event");
		}
		return new CastEvent(time, code, data);
	}

	private void expect(char c) {
		skipSpace();
		if (at >= line.length() || line.charAt(at) != c) {
			throw new IllegalArgumentException("expected " + c);
		}
		at++;
	}

	private void skipSpace() {
		while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
			at++;
		}
	}

	private double number() {
		skipSpace();
		int start = at;
		while (at < line.length() && "+-0123456789.eE".indexOf(line.charAt(at)) >= 0) {
			at++;
		}
		try {
			return Double.parseDouble(line.substring(start, at));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a time", e);
		}
	}

	private String string() {
		expect('"');
		StringBuilder s = new StringBuilder();
		while (true) {
			if (at >= line.length()) {
				throw new IllegalArgumentException("unterminated string");
			}
			char c = line.charAt(at++);
			if (c == '"') {
				return s.toString();
			}
			s.append(c == '\\' ? escaped() : c);
		}
	}

	private char escaped() {
		if (at >= line.length()) {
			throw new IllegalArgumentException("unterminated escape");
		}
		char c = line.charAt(at++);
		return switch (c) {
		case '"', '\\', '/' -> c;
		case 'b' -> '\b';
		case 'f' -> '\f';
		case 'n' -> '\n';
		case 'r' -> '\r';
		case 't' -> '\t';
		case 'u' -> unicode();
		default -> throw new IllegalArgumentException("unknown escape \\" + c);
		};
	}

	private char unicode() {
		if (at + 4 > line.length()) {
			throw new IllegalArgumentException("short \\u escape");
		}
		try {
			char c = (char) Integer.parseInt(line.substring(at, at + 4), 16);
			at += 4;
			return c;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("bad \\u escape", e);
		}
	}
}
