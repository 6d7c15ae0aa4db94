package org.restripe.simulator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.simulator.array.ArrayCommandException;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.StorageArray;

/**
 * A fault the standalone simulator injects when it starts ({@code --fault KIND:ARRAY:WHAT}), so that
 * failure tests can run against the simulator's process:
 * <ul>
 * <li>{@code disk:t3a:u1d4} fails that disk; the hot spare takes over ({@link StorageArray#failDisk}).
 * <li>{@code error:t3a:vol mount v0} makes the first command starting with that text print the array's
 * device error ({@link ArrayFaults#DEVICE_ERROR}) instead of running.
 * <li>{@code drop:t3a:after=5} drops the first console session in which the array runs 5 commands, right
 * after the 5th one's reply ({@link ArrayFaults#dropAfter}).
 * </ul>
 *
 * @param what the disk, the command text, or the number of commands
 */
public record SiteFault(Kind kind, String arrayName, String what) {
	public enum Kind {
		DISK, ERROR, DROP
	}

	public static final String FORMS = "disk:ARRAY:DISK, error:ARRAY:COMMAND or drop:ARRAY:after=N";
	private static final Pattern ONE_DISK = Pattern.compile("u\\d+d\\d+");
	private static final Pattern AFTER = Pattern.compile("after=(\\d{1,9})");

	/** Reads a {@code --fault} value; the exception's message names the spec and what is wrong with it. */
	public static SiteFault parse(String spec) {
		String[] parts = spec.split(":", 3);
		if (parts.length < 3 || parts[1].isBlank() || parts[2].isBlank()) {
			throw bad(spec, "expected " + FORMS + ", e.g. disk:t3a:u1d4");
		}
		Kind kind = kind(spec, parts[0].trim());
		String array = parts[1].trim();
		String what = parts[2].trim().replaceAll("\\s+", " ");
		switch (kind) {
		case DISK -> {
			if (!ONE_DISK.matcher(what).matches()) {
				throw bad(spec, "expected one disk such as u1d4, not '" + what + "'");
			}
		}
		case DROP -> {
			Matcher after = AFTER.matcher(what);
			if (!after.matches() || Integer.parseInt(after.group(1)) < 1) {
				throw bad(spec, "expected after=N, N the number of commands (1 or more) before the line drops");
			}
		}
		case ERROR -> {
			// any command text: the array's own words decide what it matches
		}
		}
		return new SiteFault(kind, array, what);
	}

	private static Kind kind(String spec, String word) {
		try {
			return Kind.valueOf(word.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw bad(spec, "unknown kind '" + word + "' (disk, error or drop)");
		}
	}

	/** The spec as it would be typed. */
	public String spec() {
		return kind.name().toLowerCase(Locale.ROOT) + ":" + arrayName + ":" + what;
	}

	/** For {@link Kind#DROP}: after how many commands of a session the line drops. */
	public int dropAfter() {
		Matcher after = AFTER.matcher(what);
		if (kind != Kind.DROP || !after.matches()) {
			throw new IllegalStateException(spec() + " is not a dropped line");
		}
		return Integer.parseInt(after.group(1));
	}

	/** Arms the fault on the running site; an array or disk the site does not have is refused by name. */
	public void applyTo(SimulatedSite site) {
		StorageArray array = site.array(arrayName);
		if (array == null) {
			throw bad(spec(), "the site has no array '" + arrayName + "' (its arrays: "
					+ String.join(", ", site.arrays().keySet()) + ")");
		}
		ArrayFaults faults = site.faults(arrayName);
		switch (kind) {
		case DISK -> failDisk(array);
		case ERROR -> faults.errorOn(what);
		case DROP -> faults.dropAfter(dropAfter());
		}
	}

	private void failDisk(StorageArray array) {
		try {
			array.failDisk(what);
		} catch (ArrayCommandException e) {
			throw bad(spec(), e.getMessage());
		}
	}

	/** One line for the simulator's start-up listing. */
	public String describe() {
		return switch (kind) {
		case DISK -> "fault: " + arrayName + " disk " + what + " failed (the hot spare takes over)";
		case ERROR -> "fault: " + arrayName + " answers the first '" + what + "' with \"" + ArrayFaults.DEVICE_ERROR + "\"";
		case DROP -> "fault: " + arrayName + " console line drops after " + dropAfter() + " commands of a session (once)";
		};
	}

	private static IllegalArgumentException bad(String spec, String why) {
		return new IllegalArgumentException("bad --fault '" + spec + "': " + why);
	}
}
