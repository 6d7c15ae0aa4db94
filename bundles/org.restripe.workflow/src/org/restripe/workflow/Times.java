package org.restripe.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The desk's clock and how it writes times for people: 2026-12-01 12:03:04, local time. */
final class Times {
	private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private Times() {
	}

	/** Now, to the millisecond (what every engine keeps of a TIMESTAMP). */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	static String words(Instant instant) {
		return WORDS.format(instant);
	}
}
