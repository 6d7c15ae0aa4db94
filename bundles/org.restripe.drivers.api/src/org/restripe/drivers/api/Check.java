package org.restripe.drivers.api;

import java.util.regex.Pattern;

/**
 * How to prove a step worked: run a read command and require (or forbid) a line matching a pattern.
 *
 * @param command the read command to run, e.g. {@code vol list}
 * @param pattern regular expression searched line by line in the command's output
 * @param present true if a matching line must appear, false if none may
 * @param meaning what the check proves, for the session record
 */
public record Check(String command, String pattern, boolean present, String meaning) {

	/** Whether the output of {@link #command()} proves the step worked. */
	public boolean passes(String output) {
		boolean found = Pattern.compile(pattern, Pattern.MULTILINE).matcher(output).find();
		return found == present;
	}

	/** A check that needs no array command: hardware steps are confirmed by the engineer. */
	public static Check byEngineer(String meaning) {
		return new Check("", "", false, meaning);
	}

	public boolean needsCommand() {
		return !command.isEmpty();
	}
}
