package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.restripe.model.Lun;
import org.restripe.model.Site;

/** The planner will not script a design the technical review rejects. */
class DesignGateTest {
	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);

	@Test
	void aLunLargerThanItsVolumeIsRefusedNamingTheReviewRuleAndTheVolume() {
		Lun lun = desired.getSubsystems().get(0).getStorageUnits().get(0).getLuns().get(0);
		lun.setSize(lun.getVolume().getCapacity() * 3);
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.provenPlan(current, desired));
		// the volume at fault by the name the engineer knows ("v0 on t3a"), not by its id
		String volume = org.restripe.review.Labels.of(lun.getVolume());
		assertTrue(e.reasons().stream().anyMatch(r -> r.contains("[lun-capacity] " + volume + ":")), e.reasons().toString());
	}

	@Test
	void aSoundDesignPassesTheGate() throws PlanRefusedException {
		Lun lun = desired.getSubsystems().get(0).getStorageUnits().get(0).getLuns().get(0);
		lun.setSize(lun.getSize() / 2);
		PlanProof.refuseUnsoundDesign(desired);
		assertTrue(!PlanProof.provenPlan(current, desired).isEmpty(), "the LUN resize is planned");
	}
}
