package org.restripe.ui.wizards;

import java.util.List;

import org.restripe.model.Site;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.PlanProof;

/**
 * The plan of a design as Build Kit shows it before asking where to write the kit: reviewed, planned and
 * proved as the build will do it, so a design the build would refuse is refused here, with every finding.
 */
public record KitPlanSummary(String siteName, Plan plan, List<String> refusals) {

	public static KitPlanSummary of(Site current, Site desired) {
		try {
			return new KitPlanSummary(desired.getName(), PlanProof.provenPlan(current, desired), List.of());
		} catch (PlanRefusedException e) {
			return new KitPlanSummary(desired.getName(), null, e.reasons());
		}
	}

	/** The arrays changed, in the plan's order. */
	public String arrays() {
		return String.join(", ", plan.lanes().values().stream().map(l -> l.get(0).step().unitName()).toList());
	}
}
