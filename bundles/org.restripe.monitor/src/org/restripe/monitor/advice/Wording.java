package org.restripe.monitor.advice;

import java.util.Locale;

/** Figures as an engineer reads them: whole days, percentages, sizes in binary units (public for the workbench's dashboard). */
public final class Wording {
	private static final String[] UNITS = { "B", "KB", "MB", "GB", "TB", "PB" };

	private Wording() {
	}

	/** Bisection lands a hair beyond an exact day; that hair must not add a day. */
	private static final double HAIR = 1e-6;

	public static String days(double days) {
		long whole = Math.round(days);
		return whole == 1 ? "1 day" : whole + " days";
	}

	/** "23 days (17-31)", "23 days (17 or later)", "23 days" when the interval has no width (an exact line). */
	public static String daysWithInterval(double days, double earliest, double latest) {
		String low = Long.toString(Math.round(Math.floor(earliest + HAIR)));
		String high = Double.isInfinite(latest) ? null : Long.toString(Math.round(Math.ceil(latest - HAIR)));
		if (low.equals(high) && low.equals(Long.toString(Math.round(days)))) {
			return days(days);
		}
		return days(days) + " (" + (high == null ? low + " or later" : low + "-" + high) + ")";
	}

	public static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	public static String bytes(double bytes) {
		double value = bytes;
		int unit = 0;
		while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, unit == 0 ? "%.0f %s" : "%.1f %s", value, UNITS[unit]);
	}

	public static String count(double count) {
		return String.format(Locale.ROOT, "%,d", Math.round(count));
	}

	public static String span(double days) {
		return days >= 2 ? Math.round(days) + " days" : Math.round(days * 24) + " hours";
	}
}
