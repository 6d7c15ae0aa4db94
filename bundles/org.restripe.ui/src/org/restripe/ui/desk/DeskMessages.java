package org.restripe.ui.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The desk's words: failures as their messages, times as an engineer reads them. */
public final class DeskMessages {
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private DeskMessages() {
	}

	/** The failure's message (the store's are already in words); the cause's when it has none. */
	public static String of(Throwable e) {
		Throwable t = e;
		while (t.getMessage() == null && t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage() == null ? "the database did not answer (" + t.getClass().getSimpleName() + ")"
				: t.getMessage();
	}

	/** 2026-12-01 14:05:09 in the workbench's time zone; blank for none. */
	public static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant);
	}
}
