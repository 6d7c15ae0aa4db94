package org.restripe.connect;

/**
 * How a script run ended without an error: every step done, or cancelled by the engineer between two
 * commands after {@code stepsDone} finished steps (the array is left as the last finished step left it).
 */
public record ScriptOutcome(String arrayName, int steps, int stepsDone, boolean cancelled) {

	public boolean completed() {
		return !cancelled && stepsDone == steps;
	}
}
