package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.model.BlockSize;
import org.restripe.model.ChangeKind;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;

class PlannerTest {
	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);

	private Plan provenPlan() throws PlanRefusedException {
		return PlanProof.provenPlan(current, desired);
	}

	private static List<Operation> operations(Plan plan) {
		return plan.steps().stream().map(s -> s.step().operation()).toList();
	}

	@Test
	void theSameSiteNeedsNoStep() throws PlanRefusedException {
		Plan plan = provenPlan();
		assertTrue(plan.isEmpty());
		assertEquals(ChangeClass.ONLINE, plan.risk());
	}

	@Test
	void aRaidLevelChangeUnmapsUnmountsRemovesBehindAConfirmationThenRebuilds() throws PlanRefusedException {
		Sites.changeRaidLevel(Sites.find(desired, "t3a-v0", Volume.class), RaidLevel.RAID1);
		Plan plan = provenPlan();
		assertEquals(List.of(Operation.CONFIRM_BACKUP, Operation.UNMAP_LUN, Operation.UNMOUNT_VOLUME,
				Operation.REMOVE_LUN, Operation.REMOVE_VOLUME, Operation.ADD_VOLUME, Operation.INIT_VOLUME,
				Operation.MOUNT_VOLUME, Operation.CREATE_LUN, Operation.MAP_LUN), operations(plan));
		assertEquals(ChangeClass.DESTROYS_DATA, plan.risk());
		assertTrue(plan.kinds().contains(ChangeKind.RAID_LEVEL_CHANGE));
		PlannedStep remove = plan.steps().get(4);
		assertTrue(remove.prerequisiteNumbers().containsAll(List.of(1, 3, 4)), remove.prerequisiteNumbers().toString());
		PlannedStep init = plan.steps().get(6);
		assertTrue(init.estimate().toHours() >= 1, "a volume initialisation takes hours: " + init.estimate());
	}

	@Test
	void everyPrerequisiteRunsEarlierAndEveryDestroyingStepFollowsTheConfirmation() throws PlanRefusedException {
		Sites.find(desired, "se6120-sys", org.restripe.model.CacheSettings.class).setBlockSize(BlockSize.K16);
		Plan plan = provenPlan();
		for (PlannedStep s : plan.steps()) {
			for (int before : s.prerequisiteNumbers()) {
				assertTrue(before < s.number(), s + " runs before its prerequisite " + before);
			}
			if (s.changeClass() == ChangeClass.DESTROYS_DATA && s.step().operation() != Operation.CONFIRM_BACKUP) {
				assertTrue(s.prerequisites().stream().anyMatch(p -> p.step().operation() == Operation.CONFIRM_BACKUP));
			}
		}
	}

	@Test
	void theBlockSizeChangesOnlyOnceEveryVolumeIsGoneAndBeforeAnyIsMadeAgain() throws PlanRefusedException {
		Sites.find(desired, "se6120-sys", org.restripe.model.CacheSettings.class).setBlockSize(BlockSize.K16);
		Plan plan = provenPlan();
		List<Operation> ops = operations(plan);
		int blockSize = ops.indexOf(Operation.SET_BLOCK_SIZE);
		assertEquals(2, ops.subList(0, blockSize).stream().filter(o -> o == Operation.REMOVE_VOLUME).count());
		assertEquals(2, ops.subList(blockSize, ops.size()).stream().filter(o -> o == Operation.ADD_VOLUME).count());
		assertTrue(plan.kinds().contains(ChangeKind.CACHE_BLOCKING));
	}

	@Test
	void aNewHotSpareIsFreedBeforeTheVolumeUsingItIsAdded() throws PlanRefusedException {
		StorageUnit unit = Sites.find(desired, "se6120", StorageUnit.class);
		Volume v1 = Sites.find(desired, "se6120-v1", Volume.class);
		// one hot spare a tray: both volumes move from u1d14 to u1d13, which v1 gives up (its LUN shrinks to fit)
		v1.getDataDisks().remove(SiteBuilder.disk(unit, 1, 13));
		v1.setStandby(SiteBuilder.disk(unit, 1, 13));
		Sites.find(desired, "se6120-v0", Volume.class).setStandby(SiteBuilder.disk(unit, 1, 13));
		SiteBuilder.disk(unit, 1, 14).setRole(org.restripe.model.DiskRole.UNASSIGNED);
		unit.getLuns().stream().filter(l -> l.getVolume() == v1).forEach(l -> l.setSize(v1.getCapacity()));
		Plan plan = provenPlan();
		List<Operation> ops = operations(plan);
		assertTrue(ops.indexOf(Operation.REMOVE_VOLUME) < ops.indexOf(Operation.ADD_VOLUME));
		PlannedStep add = plan.steps().get(ops.indexOf(Operation.ADD_VOLUME));
		assertTrue(add.step().to("standbyName").equals("u1d13"));
		assertTrue(add.prerequisites().stream().anyMatch(p -> p.step().operation() == Operation.REMOVE_VOLUME));
	}

	@Test
	void aStandbyOnlyChangeIsAHotStandbyChange() throws PlanRefusedException {
		StorageUnit unit = Sites.find(desired, "t3d", StorageUnit.class);
		Sites.find(desired, "t3d-v0", Volume.class).setStandby(null);
		SiteBuilder.disk(unit, 1, 9).setRole(org.restripe.model.DiskRole.UNASSIGNED);
		assertTrue(provenPlan().kinds().contains(ChangeKind.HOT_STANDBY));
	}

	@Test
	void aNewTrayIsASiteVisitBeforeTheVolumeOnItsDisks() throws PlanRefusedException {
		StorageUnit unit = Sites.find(desired, "t3a", StorageUnit.class);
		var model = DeviceCatalog.standard().get("T3+");
		StorageUnit scratch = SiteBuilder.storageUnit(SiteBuilder.subsystem(SiteBuilder.site("x", "x", "x"), "sx", "sx"),
				model, "t3a", "t3a", 2, 36_400_000_000L);
		Tray tray = scratch.getTrays().get(1);
		unit.getTrays().add(tray);
		SiteBuilder.volume(unit, "v1", RaidLevel.RAID5, SiteBuilder.disks(unit, 2, 1, 8), SiteBuilder.disk(unit, 2, 9));
		Plan plan = provenPlan();
		assertEquals(Operation.ADD_TRAY, plan.steps().get(0).step().operation());
		assertEquals(ChangeClass.NEEDS_SITE_VISIT, plan.risk());
		assertTrue(plan.kinds().contains(ChangeKind.CAPACITY_ADDITION));
	}

	@Test
	void aLunResizeAndAChannelMoveAreTypedAndRated() throws PlanRefusedException {
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		StorageUnit unit = Sites.find(desired, "se6120", StorageUnit.class);
		LunMapping mapping = unit.getMappings().get(0);
		Port other = unit.getPorts().get(1);
		mapping.setPort(other);
		Plan plan = provenPlan();
		assertTrue(plan.kinds().containsAll(List.of(ChangeKind.LUN_SIZE_CHANGE, ChangeKind.PERFORMANCE_BALANCING)));
		assertTrue(plan.steps().stream().anyMatch(s -> s.step().operation() == Operation.UNMAP_LUN
				&& s.changeClass() == ChangeClass.NEEDS_UNMOUNT));
	}

	@Test
	void independentArraysGetLanesOfTheirOwn() throws PlanRefusedException {
		Sites.find(desired, "t3a-v0", Volume.class).setRaidLevel(RaidLevel.RAID0);
		Sites.find(desired, "t3b-v0", Volume.class).setStandby(null);
		Plan plan = provenPlan();
		assertEquals(List.of("t3a", "t3b"), List.copyOf(plan.lanes().keySet()));
		assertEquals(2, plan.confirmationPoints().size());
		assertTrue(plan.parallelDuration().compareTo(plan.sequentialDuration()) < 0);
	}

	@Test
	void theSameSitesAlwaysGiveTheSamePlan() throws PlanRefusedException {
		Sites.find(desired, "se6120-sys", org.restripe.model.CacheSettings.class).setBlockSize(BlockSize.K32);
		List<String> first = new Planner().plan(current, desired).steps().stream().map(PlannedStep::toString).toList();
		List<String> again = new Planner().plan(Sites.copy(current), Sites.copy(desired)).steps().stream()
				.map(PlannedStep::toString).toList();
		assertEquals(first, again);
	}

	@Test
	void hardwareTakenAwayIsRefusedWithTheReason() {
		Sites.find(desired, "t3a-u1", Tray.class).getDisks().remove(8);
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> new Planner().plan(current, desired));
		assertTrue(e.reasons().get(0).contains("disk u1d9 is taken away"), e.reasons().toString());
	}

	@Test
	void aPlanThatDoesNotReachTheDesiredSiteIsRefusedWithTheDifference() throws PlanRefusedException {
		Plan empty = new Planner().plan(current, desired);
		Sites.find(desired, "t3a-lun0", Lun.class).setSize(1);
		PlanRefusedException e = assertThrows(PlanRefusedException.class, () -> PlanProof.prove(current, empty, desired));
		assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("+ lun|t3a-lun0")), e.reasons().toString());
	}
}
