package org.restripe.drivers.api;

import java.util.regex.Pattern;

/**
 * How to prove a step worked: run a read command and require (or forbid) a line matching a pattern. Some
 * steps start work the array finishes later (a volume initialisation runs for hours): while the output
 * still matches {@link #pending()}, the step is not finished yet and the check is run again later.
 *
 * @param command the read command to run, e.g. {@code vol list}
 * @param pattern regular expression searched line by line in the command's output
 * @param present true if a matching line must appear, false if none may
 * @param meaning what the check proves, for the session record
 * @param pending regular expression of output that says the step's work is still running; empty if the
 *        step's effect is immediate
 */
public record Check(String command, String pattern, boolean present, String meaning, String pending) {

	/** A check of a step whose effect is immediate. */
	public Check(String command, String pattern, boolean present, String meaning) {
		this(command, pattern, present, meaning, "");
	}

	/** This check, for a step whose work is still running while the output matches {@code pendingPattern}. */
	public Check whilePending(String pendingPattern) {
		return new Check(command, pattern, present, meaning, pendingPattern);
	}

	/** Whether the output says the step's work is still running, so a failed check may yet pass. */
	public boolean stillRunning(String output) {
		return !pending.isEmpty() && Pattern.compile(pending, Pattern.MULTILINE).matcher(output).find();
	}

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
