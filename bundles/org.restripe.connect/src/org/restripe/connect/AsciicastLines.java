package org.restripe.connect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.connect.RecordingVerifier.Finding;

/**
 * The asciicast v2 form of a recording's lines, read one by one: the header first, then events whose time
 * never goes back, up to the closing line that {@link SessionRecording} writes last.
 */
final class AsciicastLines {
	private static final Set<String> CODES = Set.of("o", "i", "m", "r");
	private static final Pattern CLOSING = Pattern
			.compile(Pattern.quote(SessionRecording.CLOSING) + "(\\d{1,9}) lines, chain head ([0-9a-f]{64})");

	/** What the closing line says: how many lines came before it and the chain hash of the last. */
	record Closing(int lines, String head) {
	}

	private int events;
	private double seconds;

	/** Checks line {@code k}; the closing line's content when it is that line, else null. */
	Closing read(int k, byte[] line) throws Finding {
		Object value = parse(k, text(k, line));
		if (k == 1) {
			header(value);
			return null;
		}
		if (!(value instanceof List<?> event) || event.size() != 3 || !(event.get(0) instanceof Double time)
				|| !(event.get(1) instanceof String code) || !(event.get(2) instanceof String data)) {
			throw new Finding(k, "line " + k + " is not an asciicast event [seconds, code, data]");
		}
		if (!CODES.contains(code)) {
			throw new Finding(k, "line " + k + " has the event code " + quoted(code) + "; asciicast v2 knows o, i, m and r");
		}
		if (!Double.isFinite(time) || time < seconds) {
			throw new Finding(k, "line " + k + " is timed " + time + " s, before the line ahead of it ("
					+ String.format(Locale.ROOT, "%.6f", seconds) + " s)");
		}
		seconds = time;
		if (code.equals("m") && data.startsWith(SessionRecording.CLOSING)) {
			return closing(k, data);
		}
		events++;
		return null;
	}

	private static String text(int k, byte[] line) throws Finding {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
		} catch (CharacterCodingException e) {
			throw new Finding(k, "line " + k + " is not UTF-8 text");
		}
	}

	private static Object parse(int k, String text) throws Finding {
		try {
			return Json.parse(text);
		} catch (Json.Malformed e) {
			throw new Finding(k, "line " + k + " is not JSON: " + e.getMessage());
		}
	}

	private static void header(Object value) throws Finding {
		if (!(value instanceof Map<?, ?> header)) {
			throw new Finding(1, "line 1 is not an asciicast header: it is not a JSON object");
		}
		if (!Double.valueOf(2).equals(header.get("version"))) {
			throw new Finding(1, "line 1 is not an asciicast v2 header: its version is " + spelled(header.get("version")));
		}
		for (String size : List.of("width", "height")) {
			if (!(header.get(size) instanceof Double d) || d < 1 || d != Math.rint(d)) {
				throw new Finding(1, "line 1 is not an asciicast v2 header: its " + size + " is not a whole number of"
						+ " characters");
			}
		}
	}

	private static Closing closing(int k, String data) throws Finding {
		Matcher m = CLOSING.matcher(data);
		if (!m.matches()) {
			throw new Finding(k, "line " + k + " is a closing line the recorder does not write: " + quoted(data));
		}
		return new Closing(Integer.parseInt(m.group(1)), m.group(2));
	}

	private static String spelled(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return String.valueOf(d.longValue());
		}
		if (value instanceof String text) {
			return quoted(text);
		}
		if (value instanceof Map || value instanceof List) {
			return value instanceof Map ? "an object" : "an array";
		}
		return value == null ? "missing" : String.valueOf(value);
	}

	/** {@code text} quoted and escaped as in the file, cut short: a finding must not carry terminal controls. */
	private static String quoted(String text) {
		return Json.quote(text.length() > 80 ? text.substring(0, 80) + "..." : text);
	}

	/** The events read so far, closing line not counted. */
	int events() {
		return events;
	}

	/** The time of the last line read. */
	double seconds() {
		return seconds;
	}
}
