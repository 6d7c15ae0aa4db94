package org.restripe.plan;

import java.util.List;

/** The desired site cannot be reached by a plan; {@link #reasons()} say why, one per problem. */
public class PlanRefusedException extends Exception {
	private static final long serialVersionUID = 1L;
	private final List<String> reasons;

	public PlanRefusedException(List<String> reasons) {
		super("plan refused: " + String.join("; ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}
}
