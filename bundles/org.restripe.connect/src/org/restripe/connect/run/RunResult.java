package org.restripe.connect.run;

import java.util.List;

/**
 * How a kit run ended, in words an engineer acts on.
 *
 * @param outcome what happened
 * @param message one paragraph: what was done, where it stopped and why, what the arrays hold now
 * @param stepsDone the steps that ran and were proven, as "ARRAY step N", in the order they ran
 * @param notUndone steps the rollback could not undo, each with the reason (e.g. data destroyed)
 */
public record RunResult(Outcome outcome, String message, List<String> stepsDone, List<String> notUndone) {

	public RunResult {
		stepsDone = List.copyOf(stepsDone);
		notUndone = List.copyOf(notUndone);
	}

	public enum Outcome {
		/** Every step ran and was proven (no commit-confirm asked). */
		COMPLETED,
		/** Every step ran and the engineer confirmed within the time. */
		CONFIRMED,
		/** Every step ran, then the change was rolled back: not confirmed in time, declined, or line lost. */
		ROLLED_BACK,
		/** A step failed; the run stopped there (the steps done can be rolled back). */
		HALTED,
		/** A step failed and the steps done were rolled back. */
		HALTED_ROLLED_BACK,
		/** The engineer cancelled between two commands. */
		CANCELLED
	}

	public boolean changedAsPlanned() {
		return outcome == Outcome.COMPLETED || outcome == Outcome.CONFIRMED;
	}
}
