package org.restripe.plan;

import org.restripe.plan.kit.KitException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the plan file needs: objects, arrays, strings, numbers, booleans, null. Written here
 * rather than pulled in as a library because the kit must read the same on every workbench and in the
 * flat-classpath CLI without another bundle in the target platform.
 */
final class Json {
	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) throws KitException {
		Json json = new Json(text);
		Object value = json.value();
		json.blanks();
		if (json.at != text.length()) {
			throw json.error("text after the end of the document");
		}
		return value;
	}

	static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}

	private Object value() throws KitException {
		blanks();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		default -> literal();
		};
	}

	private Map<String, Object> object() throws KitException {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		blanks();
		if (peek('}')) {
			return map;
		}
		do {
			blanks();
			String key = string();
			blanks();
			expect(':');
			map.put(key, value());
			blanks();
		} while (peek(','));
		expect('}');
		return map;
	}

	private List<Object> array() throws KitException {
		List<Object> list = new ArrayList<>();
		at++;
		blanks();
		if (peek(']')) {
			return list;
		}
		do {
			list.add(value());
			blanks();
		} while (peek(','));
		expect(']');
		return list;
	}

	private String string() throws KitException {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (at < text.length() && text.charAt(at) != '"') {
			char c = text.charAt(at++);
			if (c == '\\') {
				char e = text.charAt(at++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> out.append(e);
				}
			} else {
				out.append(c);
			}
		}
		expect('"');
		return out.toString();
	}

	private Object literal() throws KitException {
		int start = at;
		while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
			at++;
		}
		String word = text.substring(start, at);
		switch (word) {
		case "true":
			return Boolean.TRUE;
		case "false":
			return Boolean.FALSE;
		case "null":
			return null;
		default:
			try {
				return Long.parseLong(word);
			} catch (NumberFormatException e) {
				throw error("not a JSON value: '" + word + "'");
			}
		}
	}

	private boolean peek(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) throws KitException {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
	}

	private void blanks() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private KitException error(String what) {
		return new KitException("plan.json is corrupt at character " + at + ": " + what);
	}
}
