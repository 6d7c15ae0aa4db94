package org.restripe.plan;

/** A step could not be applied: the array would refuse it in that state, or its target is missing. */
public class PlanApplyException extends Exception {
	private static final long serialVersionUID = 1L;

	public PlanApplyException(String message) {
		super(message);
	}
}
