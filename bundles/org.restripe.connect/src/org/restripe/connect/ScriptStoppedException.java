package org.restripe.connect;

/**
 * A script stopped at a step: the array refused a command, a check did not hold, or a person did not
 * confirm. The message names the array, the step, the command and the array's reply, so the engineer
 * knows where the array stands without reading the recording.
 */
public class ScriptStoppedException extends Exception {
	private static final long serialVersionUID = 1L;
	private final String arrayName;
	private final int stepNumber;
	private final int stepsDone;
	private final String reply;

	public ScriptStoppedException(String arrayName, int stepNumber, int stepsDone, String message, String reply) {
		super(message);
		this.arrayName = arrayName;
		this.stepNumber = stepNumber;
		this.stepsDone = stepsDone;
		this.reply = reply;
	}

	public String arrayName() {
		return arrayName;
	}

	/** The step that stopped the script, counted from 1 in this array's script. */
	public int stepNumber() {
		return stepNumber;
	}

	/** How many steps finished, and were checked, before the one that stopped. */
	public int stepsDone() {
		return stepsDone;
	}

	/** What the array printed that stopped the script; empty when a person stopped it. */
	public String reply() {
		return reply;
	}
}
