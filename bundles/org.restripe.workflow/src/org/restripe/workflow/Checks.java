package org.restripe.workflow;

import java.time.LocalDate;

/** The desk's input checks: each names the field at fault, before anything is written. */
final class Checks {
	private Checks() {
	}

	/** The text stripped; refused when missing or longer than the column. */
	static String text(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException(field + " is too long (" + stripped.length() + " characters, at most " + max + ")");
		}
		return stripped;
	}

	/** Null stays null; anything else is checked as {@link #text}. */
	static String optionalText(String value, String field, int max) {
		return value == null || value.isBlank() ? null : text(value, field, max);
	}

	static LocalDate date(LocalDate value, String field) {
		if (value == null) {
			throw new IllegalArgumentException(field + " is missing");
		}
		return value;
	}

	/** Reads 2026-12-31; an impossible date (2026-02-30) or another form is refused naming the field. */
	static LocalDate parseDate(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(field + " is missing");
		}
		try {
			return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
					.withResolverStyle(java.time.format.ResolverStyle.STRICT));
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException(field + " '" + text + "' is not a date (YYYY-MM-DD, a day that exists)");
		}
	}

	/** The user a change is stored under; missing means the desk's operating-system user. */
	static String who(String who) {
		if (who == null || who.isBlank()) {
			String user = System.getProperty("user.name");
			return user == null || user.isBlank() ? "desk" : text(user, "who", 64);
		}
		return text(who, "who", 64);
	}
}
