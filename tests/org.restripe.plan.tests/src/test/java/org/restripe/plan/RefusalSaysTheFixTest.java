package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.Lun;
import org.restripe.model.Site;

/** Build Kit's refusal says, after each finding, which element to change and how: the review's fix. */
class RefusalSaysTheFixTest {
	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);

	@Test
	void aLunLargerThanItsVolumeIsRefusedWithTheVolumeToChangeAndByHowMuch() {
		Lun lun = desired.getSubsystems().get(0).getStorageUnits().get(0).getLuns().get(0);
		lun.setSize(lun.getVolume().getCapacity() * 3);
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.provenPlan(current, desired));
		String volume = lun.getVolume().getName();
		List<String> lunCapacity = e.reasons().stream().filter(r -> r.contains("[lun-capacity]")).toList();
		assertEquals(1, lunCapacity.size(), e.reasons().toString());
		assertTrue(lunCapacity.get(0).contains(". Fix: Shrink the LUNs of " + volume + " by "), lunCapacity.get(0));
		assertTrue(lunCapacity.get(0).endsWith(", add disks to " + volume
				+ " or set its RAID level to one with more capacity."), lunCapacity.get(0));
	}
}
