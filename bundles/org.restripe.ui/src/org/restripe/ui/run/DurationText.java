package org.restripe.ui.run;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time the engineer types: "10" or "10m" or "10 min" (minutes), "90s" or "90 s" (seconds). */
public final class DurationText {
	private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*(m|min|mins|minutes?|s|sec|secs|seconds?)?");
	private static final Duration LONGEST = Duration.ofHours(24);

	private DurationText() {
	}

	/** The duration, or null when the text is not one (see {@link #problem}). */
	public static Duration parse(String text) {
		Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!m.matches()) {
			return null;
		}
		long n = Long.parseLong(m.group(1));
		Duration d = m.group(2) != null && m.group(2).startsWith("s") ? Duration.ofSeconds(n) : Duration.ofMinutes(n);
		return d.isZero() || d.compareTo(LONGEST) > 0 ? null : d;
	}

	/** What is wrong with the text for the named field, or null. */
	public static String problem(String field, String text) {
		return parse(text) != null ? null
				: field + ": '" + text.strip() + "' is not a time between 1 s and 24 h (write e.g. 10m or 90s)";
	}

	/** "10m" or "90s", as the field shows a duration. */
	public static String format(Duration d) {
		return d.toSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
	}
}
