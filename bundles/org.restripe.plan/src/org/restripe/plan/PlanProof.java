package org.restripe.plan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;

/**
 * The soundness check of a plan: apply its steps to an in-memory copy of the current site and require the
 * desired array configuration, exactly. A plan that fails is refused with the step or the elements at fault.
 */
public final class PlanProof {
	private PlanProof() {
	}

	/** Plans and proves in one go: the plan returned is known to reach the desired configuration. */
	public static Plan provenPlan(Site current, Site desired) throws PlanRefusedException {
		Plan plan = new Planner().plan(current, desired);
		prove(current, plan, desired);
		return plan;
	}

	/** Refuses the plan unless applying it to a copy of current yields desired's array configuration. */
	public static void prove(Site current, Plan plan, Site desired) throws PlanRefusedException {
		Site copy = EcoreUtil.copy(current);
		try {
			new PlanApplier(copy).apply(plan);
		} catch (PlanApplyException e) {
			throw new PlanRefusedException(List.of("the plan cannot be applied: " + e.getMessage()));
		}
		List<String> differences = StorageConfiguration.of(copy).differences(StorageConfiguration.of(desired), 5);
		if (!differences.isEmpty()) {
			List<String> reasons = new ArrayList<>();
			reasons.add("the plan does not reach the desired configuration (- after the plan, + desired)");
			reasons.addAll(differences);
			throw new PlanRefusedException(reasons);
		}
	}
}
