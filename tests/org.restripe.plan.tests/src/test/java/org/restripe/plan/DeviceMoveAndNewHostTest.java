package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.ManagementHost;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;

/**
 * A device moved between subsystems loses its old hosts' mappings before it is recabled and gains the new
 * ones after; hosts and subsystems new to the site are planned, each new host connected by a person before
 * any LUN is mapped to it; the proof refuses a plan that maps or moves in the wrong order.
 */
class DeviceMoveAndNewHostTest {
	private final Site current = Sites.demo();

	/** t3c leaves the database subsystem for the web subsystem: its port and LUN go from dbserver to webserver1. */
	private Site t3cMovedToWeb() {
		Site desired = Sites.copy(current);
		StorageUnit t3c = Sites.find(desired, "t3c", StorageUnit.class);
		Sites.find(desired, "ss-web", Subsystem.class).getStorageUnits().add(t3c);
		Host web1 = Sites.find(desired, "host-web1", Host.class);
		t3c.getPorts().get(0).setHost(web1);
		t3c.getMappings().get(0).setHost(web1);
		return desired;
	}

	@Test
	void aMovedArrayIsUnmappedBeforeItsRecablingAndMappedAfter() throws PlanRefusedException {
		Plan plan = PlanProof.provenPlan(current, t3cMovedToWeb());
		List<Operation> ops = plan.steps().stream().map(s -> s.step().operation()).toList();
		assertEquals(List.of(Operation.UNMAP_LUN, Operation.MOVE_STORAGE_UNIT, Operation.RECABLE_PORT, Operation.MAP_LUN),
				ops, plan.steps().toString());
		assertEquals("host-db", plan.steps().get(0).step().from("host"));
		assertEquals("host-web1", plan.steps().get(3).step().to("host"));
		PlannedStep move = plan.steps().get(1);
		PlannedStep map = plan.steps().get(3);
		assertTrue(move.prerequisiteNumbers().contains(1), "the move waits for the unmap: " + move.prerequisiteNumbers());
		assertTrue(map.prerequisiteNumbers().containsAll(List.of(2, 3)), "the map waits for move and recable: "
				+ map.prerequisiteNumbers());
	}

	@Test
	void theProofRefusesAMoveWhileTheOldHostStillHasTheLun() throws PlanRefusedException {
		Site desired = t3cMovedToWeb();
		Plan right = PlanProof.provenPlan(current, desired);
		List<PlannedStep> moveFirst = new ArrayList<>(right.steps());
		moveFirst.add(0, moveFirst.remove(1));
		Plan wrong = new Plan(Map.of("t3c", moveFirst));
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.prove(current, wrong, desired));
		assertTrue(e.reasons().get(0).contains("LUN lun0 is still mapped to host dbserver")
				&& e.reasons().get(0).contains("unmap it first"), e.reasons().toString());
	}

	@Test
	void theProofRefusesAMappingToTheNewHostBeforeTheRecabling() throws PlanRefusedException {
		Site desired = t3cMovedToWeb();
		Plan right = PlanProof.provenPlan(current, desired);
		List<PlannedStep> mapEarly = new ArrayList<>(right.steps());
		mapEarly.add(1, mapEarly.remove(3)); // unmap, map, move, recable
		Plan wrong = new Plan(Map.of("t3c", mapEarly));
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.prove(current, wrong, desired));
		assertTrue(e.reasons().get(0).contains("host webserver1 does not reach array t3c yet"), e.reasons().toString());
	}

	/** A new subsystem with a new host and a new T3+ whose one LUN is mapped to that host. */
	static Site withNewHostAndSubsystem(Site base) {
		Site desired = Sites.copy(base);
		Host host = SiteBuilder.host(desired, "host-new", "newserver", "Solaris 9", desired.getLans().get(0));
		Subsystem subsystem = SiteBuilder.subsystem(desired, "ss-new", "New subsystem", host);
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, DeviceCatalog.standard().get("T3+"), "t3e", "t3e", 1,
				36_400_000_000L);
		unit.setFirmware("T3B Release 2.01.00 2002/03/22 18:35:03");
		unit.setAddress("10.1.9.15");
		Volume v0 = SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 8),
				SiteBuilder.disk(unit, 1, 9));
		Lun lun = SiteBuilder.lun(unit, "lun0", v0, v0.getCapacity());
		unit.getPorts().get(0).setHost(host);
		SiteBuilder.map(unit, lun, host, 0);
		ManagementHost manager = desired.getManagementHost();
		SiteBuilder.console(manager, "/dev/ttyS9", unit);
		return desired;
	}

	@Test
	void aNewHostAndANewSubsystemArePlannedNotRefused() throws PlanRefusedException {
		Plan plan = PlanProof.provenPlan(current, withNewHostAndSubsystem(current));
		List<Operation> ops = plan.steps().stream().map(s -> s.step().operation()).toList();
		assertEquals(Operation.ADD_STORAGE_UNIT, ops.get(0), plan.steps().toString());
		assertEquals("ss-new", plan.steps().get(0).step().to("subsystem"));
		int connect = ops.indexOf(Operation.ADD_HOST);
		assertTrue(connect > 0 && connect < ops.indexOf(Operation.MAP_LUN), plan.steps().toString());
		assertTrue(ops.indexOf(Operation.ADD_STORAGE_UNIT) < ops.indexOf(Operation.ADD_VOLUME));
		PlannedStep host = plan.steps().get(connect);
		assertEquals("newserver", host.step().to("hostName"));
		assertEquals("ss-new", host.step().to("subsystems"));
		assertEquals(ChangeClass.NEEDS_SITE_VISIT, host.changeClass());
		PlannedStep map = plan.steps().get(ops.indexOf(Operation.MAP_LUN));
		assertTrue(map.prerequisites().contains(host), map.prerequisiteNumbers().toString());
	}

	@Test
	void aHostJoiningTheArraysSubsystemIsConnectedBeforeItsMapping() throws PlanRefusedException {
		Site desired = Sites.copy(current);
		Host web1 = Sites.find(desired, "host-web1", Host.class);
		Sites.find(desired, "ss-db", Subsystem.class).getHosts().add(web1);
		StorageUnit t3a = Sites.find(desired, "t3a", StorageUnit.class);
		SiteBuilder.map(t3a, t3a.getLuns().get(0), web1, 5);
		Plan plan = PlanProof.provenPlan(current, desired);
		assertEquals(List.of(Operation.ADD_HOST, Operation.MAP_LUN),
				plan.steps().stream().map(s -> s.step().operation()).toList(), plan.steps().toString());
		assertEquals("connect host webserver1 to array t3a (cable its HBA, zone it) before any LUN is mapped to it",
				plan.steps().get(0).summary());
		Plan withoutConnection = new Plan(Map.of("t3a", List.of(plan.steps().get(1))));
		PlanRefusedException e = assertThrows(PlanRefusedException.class,
				() -> PlanProof.prove(current, withoutConnection, desired));
		assertTrue(e.reasons().get(0).contains("host webserver1 does not reach array t3a yet"), e.reasons().toString());
	}

	@Test
	void theProofRefusesAMappingToANewHostBeforeItIsConnected() throws PlanRefusedException {
		Site desired = withNewHostAndSubsystem(current);
		Plan right = PlanProof.provenPlan(current, desired);
		List<PlannedStep> steps = new ArrayList<>(right.steps());
		PlannedStep connect = steps.stream().filter(s -> s.step().operation() == Operation.ADD_HOST).findFirst()
				.orElseThrow();
		steps.remove(connect);
		steps.add(connect);
		Plan wrong = new Plan(Map.of("t3e", steps));
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.prove(current, wrong, desired));
		assertTrue(e.reasons().get(0).contains("host 'host-new' is not in the site"), e.reasons().toString());
	}
}
