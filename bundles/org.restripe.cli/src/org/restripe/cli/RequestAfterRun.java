package org.restripe.cli;

import org.restripe.connect.run.RunResult;
import org.restripe.workflow.RequestState;

/**
 * Where a kit's run leaves the request the kit was built for, and why, in the words its history shows: the same
 * for {@code restripe apply} and the workbench's Run Kit.
 */
public final class RequestAfterRun {
	private RequestAfterRun() {
	}

	/** Verified, applied (but not as designed), or failed (the change did not happen as planned). */
	public static RequestState state(RunResult result, boolean verified) {
		return !result.changedAsPlanned() ? RequestState.FAILED : verified ? RequestState.VERIFIED : RequestState.APPLIED;
	}

	public static String why(RunResult result, boolean verified) {
		return !result.changedAsPlanned() ? result.outcome() + ": " + result.message()
				: verified ? "applied and verified: every array is as designed"
						: "applied, but verification found arrays not as designed";
	}
}
