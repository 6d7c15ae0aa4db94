package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Site;
import org.restripe.model.samples.MainframeSite;

/**
 * A CKD device type change on the sample mainframe site: growth in the family keeps the device, anything
 * else removes and makes it again behind the backup; the mainframe's operators vary it offline first and
 * online after. Every plan is proven by applying it to a copy of the current site.
 */
class CkdPlanTest {
	private final Site current = load();
	private final Site desired = Sites.copy(current);

	@Test
	void growthInTheFamilyIsOneExpansionBetweenTheOperatorsVaryCommands() throws PlanRefusedException {
		device(desired, "ds8a-0A00").setDeviceType(CkdType.D3390_9);
		Plan plan = PlanProof.provenPlan(current, desired);
		assertEquals(List.of(Operation.VARY_CKD_OFFLINE, Operation.EXPAND_CKD_DEVICE, Operation.VARY_CKD_ONLINE),
				operations(plan));
		assertEquals(ChangeClass.NEEDS_UNMOUNT, plan.risk(), "the data stays; the hosts lose the device meanwhile");
		assertEquals("mvs1", plan.steps().get(0).step().from("hosts"));
		assertEquals("0A00", plan.steps().get(0).step().from("deviceNumber"));
		assertTrue(plan.steps().get(1).prerequisiteNumbers().contains(1), "expanded only once offline");
		assertTrue(plan.steps().get(2).prerequisiteNumbers().contains(2), "online only once expanded");
	}

	@Test
	void aShrinkRemovesAndMakesTheDeviceAgainBehindTheBackup() throws PlanRefusedException {
		device(desired, "ds8a-0A00").setDeviceType(CkdType.D3390_1);
		Plan plan = PlanProof.provenPlan(current, desired);
		assertEquals(List.of(Operation.VARY_CKD_OFFLINE, Operation.CONFIRM_BACKUP, Operation.REMOVE_CKD_DEVICE,
				Operation.ADD_CKD_DEVICE, Operation.VARY_CKD_ONLINE), operations(plan));
		assertEquals(ChangeClass.DESTROYS_DATA, plan.risk());
	}

	@Test
	void anotherFamilyIsNoExpansion() throws PlanRefusedException {
		device(desired, "ds8a-0A01").setDeviceType(CkdType.D3380_K);
		assertTrue(operations(PlanProof.provenPlan(current, desired)).contains(Operation.REMOVE_CKD_DEVICE));
	}

	@Test
	void aRemovedDeviceGoesOfflineFirstAndNeverComesBack() throws PlanRefusedException {
		desired.getSubsystems().get(0).getStorageUnits().get(0).getCkdDevices().remove(device(desired, "ds8a-0A01"));
		assertEquals(List.of(Operation.VARY_CKD_OFFLINE, Operation.CONFIRM_BACKUP, Operation.REMOVE_CKD_DEVICE),
				operations(PlanProof.provenPlan(current, desired)));
	}

	@Test
	void theT3DriverRefusesTheOperatorsStepsByName() throws PlanRefusedException {
		device(desired, "ds8a-0A00").setDeviceType(CkdType.D3390_9);
		var vary = PlanProof.provenPlan(current, desired).steps().get(0).step();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new T3Driver().render(vary));
		assertTrue(e.getMessage().contains("no mainframe CKD devices: step vary CKD device offline"), e.getMessage());
	}

	private static List<Operation> operations(Plan plan) {
		return plan.steps().stream().map(s -> s.step().operation()).toList();
	}

	private static CkdDevice device(Site site, String id) {
		return Sites.find(site, id, CkdDevice.class);
	}

	private static Site load() {
		try {
			return MainframeSite.loadShipped();
		} catch (Exception e) {
			throw new IllegalStateException("the shipped mainframe site does not load: " + e.getMessage(), e);
		}
	}
}
