package org.restripe.connect.modem;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One result code of a Hayes modem, verbose ({@code ATV1}, e.g. "CONNECT 33600") or numeric ({@code ATV0},
 * e.g. "1"), with the text it came as.
 */
public record ModemResult(Code code, String text) {

	/** The result codes a dialback needs, with their numeric forms. */
	public enum Code {
		OK(0, "OK"), CONNECT(1, "CONNECT"), RING(2, "RING"), NO_CARRIER(3, "NO CARRIER"), ERROR(4, "ERROR"),
		NO_DIALTONE(6, "NO DIALTONE"), BUSY(7, "BUSY"), NO_ANSWER(8, "NO ANSWER");

		private final int numeric;
		private final String verbose;

		Code(int numeric, String verbose) {
			this.numeric = numeric;
			this.verbose = verbose;
		}

		public int numeric() {
			return numeric;
		}

		public String verbose() {
			return verbose;
		}
	}

	/** Numeric codes of the basic Hayes set; 5 and 10 are CONNECT at 1200 and 2400 bps. */
	private static final String[] NUMERIC_SPEEDS = { null, null, null, null, null, "1200", null, null, null, null, "2400" };

	/** The line speed a CONNECT reports, e.g. 33600 for "CONNECT 33600/ARQ"; empty when it names none. */
	public OptionalInt speed() {
		if (code != Code.CONNECT) {
			return OptionalInt.empty();
		}
		String rest = text.length() > 7 ? text.substring(7).trim() : "";
		int end = 0;
		while (end < rest.length() && end < 9 && isDigit(rest.charAt(end))) {
			end++;
		}
		return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(rest.substring(0, end)));
	}

	/**
	 * The result code a whole line (already stripped of line ends and noise) stands for, if any.
	 *
	 * @param numeric whether a line of one or two digits counts as a numeric code; off once the modem is
	 *            known to be verbose, so that digits the far end sends are never taken for results
	 */
	public static Optional<ModemResult> parse(String line, boolean numeric) {
		String text = line.trim();
		String upper = text.toUpperCase(Locale.ROOT);
		for (Code code : Code.values()) {
			if (upper.equals(code.verbose)) {
				return Optional.of(new ModemResult(code, text));
			}
		}
		if (upper.equals("NO DIAL TONE")) {
			return Optional.of(new ModemResult(Code.NO_DIALTONE, text));
		}
		if (upper.startsWith("CONNECT ") && startsWithDigit(upper.substring(8).trim())) {
			return Optional.of(new ModemResult(Code.CONNECT, text));
		}
		return numeric ? parseNumeric(text) : Optional.empty();
	}

	private static boolean startsWithDigit(String text) {
		return !text.isEmpty() && isDigit(text.charAt(0));
	}

	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static Optional<ModemResult> parseNumeric(String text) {
		if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(ModemResult::isDigit)) {
			return Optional.empty();
		}
		int value = Integer.parseInt(text);
		if (value < NUMERIC_SPEEDS.length && NUMERIC_SPEEDS[value] != null) {
			return Optional.of(new ModemResult(Code.CONNECT, "CONNECT " + NUMERIC_SPEEDS[value]));
		}
		for (Code code : Code.values()) {
			if (code.numeric == value) {
				return Optional.of(new ModemResult(code, code.verbose));
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return text;
	}
}
