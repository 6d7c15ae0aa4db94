package org.restripe.drivers.t3;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The array's disk names and ranges: {@code u2d9}, {@code u1d1-8}, {@code u1d01-06}, and lists of them
 * joined by commas. The 6120 writes two-digit slots, the T3/T3+ one digit; a range keeps the writing of
 * its first disk.
 */
final class DiskNames {
	/** Trays and slots are written with one or two digits (u1d1, u2d14); longer numbers are no disk name. */
	private static final Pattern DISK = Pattern.compile("u(\\d{1,2})d(\\d{1,2})");
	private static final Pattern RANGE = Pattern.compile("u(\\d{1,2})d(\\d{1,2})(?:-(?:u\\1d)?(\\d{1,2}))?");

	private DiskNames() {
	}

	/** Expands {@code u1d1-8} or {@code u1d1-4,u1d6} into the single disk names. */
	static List<String> expand(String text) {
		List<String> names = new ArrayList<>();
		for (String part : text.split(",")) {
			Matcher m = RANGE.matcher(part.strip());
			if (!m.matches()) {
				throw new IllegalArgumentException("not a disk or disk range: '" + part.strip() + "'");
			}
			int tray = Integer.parseInt(m.group(1));
			String first = m.group(2);
			int last = m.group(3) == null ? Integer.parseInt(first) : Integer.parseInt(m.group(3));
			for (int slot = Integer.parseInt(first); slot <= last; slot++) {
				names.add(name(tray, slot, first.length()));
			}
		}
		return names;
	}

	/** Compresses disk names into the array's range writing: runs of one tray become u1d1-8. */
	static String compress(List<String> names) {
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < names.size()) {
			Matcher start = matcher(names.get(i));
			int tray = Integer.parseInt(start.group(1));
			int slot = Integer.parseInt(start.group(2));
			int j = i;
			while (j + 1 < names.size() && continues(names.get(j + 1), tray, slot + (j + 1 - i))) {
				j++;
			}
			if (text.length() > 0) {
				text.append(',');
			}
			text.append(names.get(i));
			if (j > i) {
				text.append('-').append(matcher(names.get(j)).group(2));
			}
			i = j + 1;
		}
		return text.toString();
	}

	static int tray(String diskName) {
		return Integer.parseInt(matcher(diskName).group(1));
	}

	static int slot(String diskName) {
		return Integer.parseInt(matcher(diskName).group(2));
	}

	static boolean isDisk(String name) {
		return DISK.matcher(name).matches();
	}

	private static boolean continues(String name, int tray, int slot) {
		Matcher m = matcher(name);
		return Integer.parseInt(m.group(1)) == tray && Integer.parseInt(m.group(2)) == slot;
	}

	private static Matcher matcher(String name) {
		Matcher m = DISK.matcher(name);
		if (!m.matches()) {
			throw new IllegalArgumentException("not a disk name: '" + name + "'");
		}
		return m;
	}

	private static String name(int tray, int slot, int digits) {
		String number = Integer.toString(slot);
		while (number.length() < digits) {
			number = "0" + number;
		}
		return "u" + tray + "d" + number;
	}
}
