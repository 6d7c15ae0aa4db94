package org.restripe.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON (RFC 8259) a recording's lines are made of, read strictly as Python's json module reads
 * them (asciinema's reader): objects become maps, arrays lists, numbers doubles, {@code null} {@link #NULL}.
 * Nesting is bounded, so a line of ten thousand brackets is refused instead of overflowing the stack.
 * Public so that the workbench's Session view reads a recording's lines with this same parser.
 */
public final class Json {
	/** JSON's null, which a map cannot hold as a value. */
	static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null";
		}
	};
	private static final int MAX_DEPTH = 64;

	private final String text;
	private int at;

	/** A text that is not one JSON value; the message says what was wrong and where. */
	public static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}
	}

	private Json(String text) {
		this.text = text;
	}

	/** {@code text} as a JSON string, controls escaped (a lone surrogate too, which UTF-8 could not carry). */
	public static String quote(String text) {
		StringBuilder s = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> s.append("\\\"");
			case '\\' -> s.append("\\\\");
			case '\n' -> s.append("\\n");
			case '\r' -> s.append("\\r");
			case '\t' -> s.append("\\t");
			default -> {
				if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c)) {
					// controls escaped stay readable; a lone surrogate would not survive UTF-8 unescaped
					s.append(String.format("\\u%04x", (int) c));
				} else {
					s.append(c);
				}
			}
			}
		}
		return s.append('"').toString();
	}

	/** The one value {@code text} holds, blanks around it allowed. */
	public static Object parse(String text) throws Malformed {
		Json json = new Json(text);
		json.blanks();
		Object value = json.value(0);
		json.blanks();
		if (json.at < text.length()) {
			throw json.malformed("text after the JSON value");
		}
		return value;
	}

	private Object value(int depth) throws Malformed {
		if (depth > MAX_DEPTH) {
			throw malformed("nested deeper than " + MAX_DEPTH + " levels");
		}
		if (at >= text.length()) {
			throw malformed("the line ends where a value should be");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object(depth);
		case '[' -> array(depth);
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", NULL);
		default -> {
			if (c == '-' || c >= '0' && c <= '9') {
				yield number();
			}
			throw malformed("unexpected " + describe(c));
		}
		};
	}

	private Map<String, Object> object(int depth) throws Malformed {
		Map<String, Object> members = new LinkedHashMap<>();
		at++;
		blanks();
		if (peek() == '}') {
			at++;
			return members;
		}
		while (true) {
			blanks();
			if (peek() != '"') {
				throw malformed("a member name in double quotes expected");
			}
			String name = string();
			blanks();
			expect(':');
			blanks();
			members.put(name, value(depth + 1));
			blanks();
			if (peek() == '}') {
				at++;
				return members;
			}
			expect(',');
		}
	}

	private List<Object> array(int depth) throws Malformed {
		List<Object> items = new ArrayList<>();
		at++;
		blanks();
		if (peek() == ']') {
			at++;
			return items;
		}
		while (true) {
			blanks();
			items.add(value(depth + 1));
			blanks();
			if (peek() == ']') {
				at++;
				return items;
			}
			expect(',');
		}
	}

	private String string() throws Malformed {
		StringBuilder s = new StringBuilder();
		at++;
		while (true) {
			if (at >= text.length()) {
				throw malformed("a string is not closed");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return s.toString();
			}
			if (c < 0x20) {
				throw malformed("a raw control character " + describe(c) + " in a string");
			}
			s.append(c == '\\' ? escape() : c);
		}
	}

	private char escape() throws Malformed {
		if (at >= text.length()) {
			throw malformed("a string ends in a lone backslash");
		}
		char c = text.charAt(at++);
		return switch (c) {
		case '"', '\\', '/' -> c;
		case 'b' -> '\b';
		case 'f' -> '\f';
		case 'n' -> '\n';
		case 'r' -> '\r';
		case 't' -> '\t';
		case 'u' -> unicode();
		default -> throw malformed("unknown escape \\" + describe(c));
		};
	}

	private char unicode() throws Malformed {
		if (at + 4 > text.length()) {
			throw malformed("a \\u escape needs four hex digits");
		}
		int code = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(text.charAt(at++), 16);
			if (digit < 0 || text.charAt(at - 1) > 'f') {
				throw malformed("a \\u escape needs four hex digits");
			}
			code = code * 16 + digit;
		}
		return (char) code;
	}

	private Double number() throws Malformed {
		int start = at;
		if (peek() == '-') {
			at++;
		}
		if (peek() == '0') {
			at++;
		} else if (!digits()) {
			throw malformed("a number needs digits");
		}
		if (peek() == '.') {
			at++;
			if (!digits()) {
				throw malformed("a number needs digits after its decimal point");
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			at++;
			if (peek() == '+' || peek() == '-') {
				at++;
			}
			if (!digits()) {
				throw malformed("a number needs digits in its exponent");
			}
		}
		return Double.valueOf(text.substring(start, at));
	}

	private boolean digits() {
		int start = at;
		while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
			at++;
		}
		return at > start;
	}

	private Object word(String word, Object value) throws Malformed {
		if (!text.startsWith(word, at)) {
			throw malformed("unexpected " + describe(text.charAt(at)));
		}
		at += word.length();
		return value;
	}

	private void expect(char c) throws Malformed {
		if (peek() != c) {
			throw malformed(at >= text.length() ? "the line ends where '" + c + "' should be"
					: "'" + c + "' expected, found " + describe(text.charAt(at)));
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void blanks() {
		while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private Malformed malformed(String what) {
		return new Malformed(what + " at column " + (Math.min(at, text.length()) + 1));
	}

	private static String describe(char c) {
		return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("character U+%04X", (int) c);
	}
}
