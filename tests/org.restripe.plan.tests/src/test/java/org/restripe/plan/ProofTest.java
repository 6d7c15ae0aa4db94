package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;

/**
 * The proof copies only the arrays a plan has steps for; the other arrays are compared as they stand, so a
 * difference there must still refuse the plan, and the current site must come out of the proof unchanged.
 */
class ProofTest {
	private final Site current = Sites.demo();

	@Test
	void anArrayThePlanLeavesAloneButTheDesignChangesRefusesThePlan() throws Exception {
		Site onlyT3a = Sites.copy(current);
		Sites.find(onlyT3a, "t3a-lun0", Lun.class).setSize(Sites.find(onlyT3a, "t3a-lun0", Lun.class).getSize() / 2);
		Plan plan = new Planner().plan(current, onlyT3a);
		assertEquals(List.of("t3a"), List.copyOf(plan.lanes().keySet()).stream()
				.map(id -> Sites.find(current, id, StorageUnit.class).getName()).toList());
		Site alsoSe6120 = Sites.copy(onlyT3a);
		Lun other = Sites.find(alsoSe6120, "se6120-lun1", Lun.class);
		other.setSize(other.getSize() / 2);

		PlanRefusedException e = assertThrows(PlanRefusedException.class,
				() -> PlanProof.prove(current, plan, alsoSe6120));
		assertTrue(e.reasons().get(0).startsWith("the plan does not reach the desired configuration"), e.reasons().toString());
		assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("+ lun|se6120-lun1|")), e.reasons().toString());
		assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("- lun|se6120-lun1|")), e.reasons().toString());
	}

	@Test
	void theProofLeavesTheCurrentSiteAsItWas() throws Exception {
		StorageConfiguration before = StorageConfiguration.of(current);
		List<StorageUnit> consoleUnits = current.getManagementHost().getSerialPorts().stream()
				.map(c -> c.getConsole()).toList();
		Site desired = Sites.copy(current);
		Sites.changeRaidLevel(Sites.find(desired, "t3a-v0", org.restripe.model.Volume.class),
				org.restripe.model.RaidLevel.RAID1);

		Plan plan = PlanProof.provenPlan(current, desired);

		assertTrue(plan.steps().size() > 1);
		assertEquals(before, StorageConfiguration.of(current));
		List<StorageUnit> after = current.getManagementHost().getSerialPorts().stream().map(c -> c.getConsole()).toList();
		assertEquals(consoleUnits.size(), after.size());
		for (int i = 0; i < after.size(); i++) {
			assertSame(consoleUnits.get(i), after.get(i));
			assertSame(current, org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(after.get(i)));
		}
	}

	@Test
	void aPlanOfANewArrayIsProvedOnACopyThatDidNotHaveIt() throws Exception {
		Site desired = Sites.copy(current);
		StorageUnit t3a = (StorageUnit) Sites.find(desired, "t3a-lun0", Lun.class).eContainer();
		StorageUnit added = org.eclipse.emf.ecore.util.EcoreUtil.copy(t3a);
		org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(added, true).forEachRemaining(e -> {
			if (e instanceof org.restripe.model.Identified i && i.getId() != null) {
				i.setId("new-" + i.getId());
			}
		});
		added.setId("t3new");
		added.setName("t3new");
		desired.getSubsystems().get(0).getStorageUnits().add(added);
		Plan plan = new Planner().plan(current, desired);
		assertTrue(plan.lanes().containsKey("t3new"), plan.lanes().keySet().toString());
		PlanProof.prove(current, plan, desired);
	}

	@Test
	void aPlanForAnotherDesignOfTheSameArrayIsRefusedNamingTheLinesOfThatArray() throws Exception {
		Site halved = Sites.copy(current);
		Lun lun = Sites.find(halved, "t3a-lun0", Lun.class);
		lun.setSize(lun.getSize() / 2);
		Plan plan = new Planner().plan(current, halved);
		Site quartered = Sites.copy(current);
		Lun other = Sites.find(quartered, "t3a-lun0", Lun.class);
		other.setSize(other.getSize() / 4);

		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.prove(current, plan, quartered));

		assertEquals("the plan does not reach the desired configuration (- after the plan, + desired)", e.reasons().get(0));
		assertEquals(List.of("- lun|t3a-lun0|", "+ lun|t3a-lun0|"),
				e.reasons().subList(1, e.reasons().size()).stream().map(r -> r.substring(0, r.indexOf('|', 6) + 1)).toList());
		assertTrue(e.reasons().get(1).contains("|" + lun.getSize() + "|"), e.reasons().toString());
		assertTrue(e.reasons().get(2).contains("|" + other.getSize() + "|"), e.reasons().toString());
	}
}
