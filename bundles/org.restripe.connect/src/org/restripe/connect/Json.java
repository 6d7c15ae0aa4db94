package org.restripe.connect;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The JSON (RFC 8259) a recording's lines are made of, read and written through Jackson: read strictly
 * (one value per line, nothing after it, nesting bounded so a line of ten thousand brackets is refused);
 * objects become maps, arrays lists, numbers doubles (as asciinema's Python reader has them), {@code null}
 * {@link #NULL}. Written one line per value with asciinema's spacing ({@code ", "} and {@code ": "}), and with
 * every terminal control escaped, C1 controls and lone surrogates too, so a recording shown with cat cannot
 * drive the terminal. Public so that the workbench's Session view reads a recording's lines alike.
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
	private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
			.characterEscapes(new TerminalSafeEscapes()).build())
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	private static final ObjectWriter ONE_LINE = MAPPER.writer(new AsciicastSpacing())
			.with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	/** A text that is not one JSON value; the message says what was wrong and where. */
	public static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}
	}

	private Json() {
	}

	/** {@code text} as a JSON string, controls escaped (a lone surrogate too, which UTF-8 could not carry). */
	public static String quote(String text) {
		return line(text);
	}

	/**
	 * {@code value} (maps, lists, strings, numbers, booleans) as one line of JSON; a {@link BigDecimal} is
	 * written as its digits, so seconds keep the six decimals they were given.
	 */
	static String line(Object value) {
		try {
			return ONE_LINE.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			// maps, lists, strings and numbers always write; this would be a bug in the library
			throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
		}
	}

	/** The one value {@code text} holds, blanks around it allowed. */
	public static Object parse(String text) throws Malformed {
		try (JsonParser parser = MAPPER.createParser(text)) {
			try {
				JsonNode node = MAPPER.readTree(parser);
				if (node == null || node.isMissingNode()) {
					throw new Malformed("the line ends where a value should be at column " + (text.length() + 1));
				}
				return plain(node);
			} catch (StreamConstraintsException e) {
				// the library's message names its own settings class; say what is wrong with the line instead
				throw new Malformed("nested deeper than " + MAX_DEPTH + " levels at column "
						+ column(parser.currentLocation(), text));
			}
		} catch (JsonProcessingException e) {
			throw new Malformed(printable(e.getOriginalMessage()) + " at column " + column(e.getLocation(), text));
		} catch (IOException e) {
			// a String is read in memory: there is no other input to fail
			throw new IllegalStateException(e);
		}
	}

	private static Object plain(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> members = new LinkedHashMap<>();
			node.properties().forEach(e -> members.put(e.getKey(), plain(e.getValue())));
			return members;
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>(node.size());
			node.forEach(item -> items.add(plain(item)));
			return items;
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node.isNull() ? NULL : node.textValue();
	}

	private static long column(JsonLocation where, String text) {
		return where == null || where.getColumnNr() < 1 ? text.length() + 1 : where.getColumnNr();
	}

	/** The library's message with any control character named, not carried: a finding is shown on a terminal. */
	private static String printable(String message) {
		StringBuilder s = new StringBuilder(message.length());
		message.codePoints().forEach(c -> {
			if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
				s.append(String.format("U+%04X", c));
			} else {
				s.append(Character.toChars(c));
			}
		});
		return s.toString();
	}

	/** asciinema's spacing inside one line: {@code [0.5, "o", "x"]}, {@code {"version": 2, "width": 80}}. */
	private static final class AsciicastSpacing extends MinimalPrettyPrinter {
		private static final long serialVersionUID = 1L;

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
			g.writeRaw(", ");
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(", ");
		}
	}

	/**
	 * JSON's own escapes, plus DEL, the C1 controls (CSI is 0x9B) and lone surrogates; every control but
	 * newline, return and tab as a lower-case {@code \\u} escape, as recordings have always spelled them.
	 */
	private static final class TerminalSafeEscapes extends CharacterEscapes {
		private static final long serialVersionUID = 1L;
		private final int[] ascii = standardAsciiEscapesForJSON();

		TerminalSafeEscapes() {
			for (int c = 0; c < 0x20; c++) {
				if (c != '\n' && c != '\r' && c != '\t') {
					ascii[c] = ESCAPE_CUSTOM;
				}
			}
			ascii[0x7F] = ESCAPE_CUSTOM;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int c) {
			if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate((char) c)) {
				return new SerializedString(String.format("\\u%04x", c));
			}
			return null;
		}
	}
}
