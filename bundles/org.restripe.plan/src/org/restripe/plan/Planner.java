package org.restripe.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.restripe.drivers.api.Operation;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChangeKind;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Turns a current and a desired site into a {@link Plan}: a typed difference by stable id, array by array,
 * ordered by each array's dependency graph. Desired states the arrays cannot be led to are refused with
 * the reasons. {@link PlanProof} checks a plan by applying it to a copy of the current site.
 */
public final class Planner {

	/** Plans the change, or refuses it with every reason found. */
	public Plan plan(Site current, Site desired) throws PlanRefusedException {
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(desired, "desired");
		List<String> refusals = new ArrayList<>();
		Map<String, StorageUnit> currentUnits = units(current);
		Map<String, StorageUnit> desiredUnits = units(desired);
		currentUnits.values().stream().filter(u -> !desiredUnits.containsKey(u.getId())).forEach(u -> refusals
				.add(u.getName() + ": the array is taken away; decommissioning is not planned by Restripe"));
		// arrays share no step and no state, so each is planned on its own core; the ordered stream keeps the
		// result, and so the plan, the same whatever the scheduling
		HostDiff.Known currentHosts = HostDiff.known(current);
		List<UnitPlan> unitPlans = new ArrayList<>(desiredUnits.values()).parallelStream()
				.map(wanted -> planUnit(currentUnits.get(wanted.getId()), wanted, currentHosts)).toList();
		Map<String, List<PlannedStep>> lanes = new LinkedHashMap<>();
		for (UnitPlan unitPlan : unitPlans) {
			refusals.addAll(unitPlan.refusals());
			if (!unitPlan.steps().isEmpty()) {
				lanes.put(unitPlan.unitId(), unitPlan.steps());
			}
		}
		if (!refusals.isEmpty()) {
			throw new PlanRefusedException(refusals);
		}
		return new Plan(lanes);
	}

	/** One array's ordered steps, or the reasons it cannot be led to its desired state. */
	private record UnitPlan(String unitId, List<PlannedStep> steps, List<String> refusals) {
	}

	private static UnitPlan planUnit(StorageUnit existing, StorageUnit wanted, HostDiff.Known currentHosts) {
		List<String> refusals = new ArrayList<>();
		Lane lane = new Lane(wanted.getId(), wanted.getName());
		diffUnit(existing, wanted, lane, refusals);
		new HostDiff(currentHosts, wanted, lane).diff();
		if (lane.steps().isEmpty()) {
			return new UnitPlan(wanted.getId(), List.of(), refusals);
		}
		new LaneLinks(lane).link();
		return new UnitPlan(wanted.getId(), lane.ordered(), refusals);
	}

	private static void diffUnit(StorageUnit existing, StorageUnit wanted, Lane lane, List<String> refusals) {
		StorageUnit current = existing;
		String wantedSubsystem = subsystemId(wanted);
		if (current == null) {
			current = emptyLike(wanted);
			lane.add(Operation.ADD_STORAGE_UNIT, wanted.getId(), wanted.getName(), Map.of(), installation(wanted),
					ChangeKind.CAPACITY_ADDITION, "install " + wanted.getCatalogModel() + " array " + wanted.getName());
		}
		String currentSubsystem = existing == null ? wantedSubsystem : subsystemId(current);
		boolean blockSizeChanges = current.getCache() != null && wanted.getCache() != null
				&& current.getCache().getBlockSize() != wanted.getCache().getBlockSize();
		new HardwareDiff(current, wanted, lane, refusals).diff(currentSubsystem, wantedSubsystem);
		new UnitDiff(current, wanted, lane, refusals, blockSizeChanges && !current.getVolumes().isEmpty()).diff();
		addConfirmation(lane);
	}

	/** One confirmation point ahead of every step of the array that destroys data. */
	private static void addConfirmation(Lane lane) {
		List<String> lost = new ArrayList<>();
		ChangeKind kind = null;
		for (PlannedStep s : lane.steps()) {
			if (s.changeClass() == ChangeClass.DESTROYS_DATA) {
				lost.add(s.step().operation() == Operation.REMOVE_VOLUME ? "volume " + s.step().targetName()
						: s.step().operation() == Operation.REMOVE_LUN ? "LUN " + s.step().targetName()
								: "CKD device " + s.step().targetName());
				kind = kind == null ? s.kind() : kind;
			}
		}
		if (kind != null) {
			String what = lost.size() <= 6 ? String.join(", ", lost) : String.join(", ", lost.subList(0, 6))
					+ " and " + (lost.size() - 6) + " more";
			lane.add(Operation.CONFIRM_BACKUP, lane.unitId(), "backup", Map.of("volumes", what), Map.of(), kind,
					"CONFIRM a verified backup of " + what + " before it is destroyed");
		}
	}

	private static Map<String, String> installation(StorageUnit unit) {
		Map<String, String> after = new LinkedHashMap<>();
		after.put("name", Values.nz(unit.getName()));
		after.put("catalogModel", Values.nz(unit.getCatalogModel()));
		after.put("firmware", Values.nz(unit.getFirmware()));
		after.put("address", Values.nz(unit.getAddress()));
		after.put("subsystem", subsystemId(unit));
		after.put("subsystemName", subsystemName(unit));
		after.put("volumeSlicing", Boolean.toString(unit.isVolumeSlicing()));
		after.put("cacheId", unit.getCache() == null ? "" : Values.id(unit.getCache()));
		after.put("cacheName", unit.getCache() == null ? "" : Values.name(unit.getCache()));
		return after;
	}

	/** The unit as it stands when the site has just installed it: no trays, ports or volumes, default cache. */
	static StorageUnit emptyLike(StorageUnit wanted) {
		StorageUnit unit = RestripeFactory.eINSTANCE.createStorageUnit();
		unit.setId(wanted.getId());
		unit.setName(wanted.getName());
		unit.setCatalogModel(wanted.getCatalogModel());
		unit.setFirmware(wanted.getFirmware());
		unit.setAddress(wanted.getAddress());
		unit.setVolumeSlicing(wanted.isVolumeSlicing());
		if (wanted.getCache() != null) {
			CacheSettings cache = RestripeFactory.eINSTANCE.createCacheSettings();
			cache.setId(wanted.getCache().getId());
			cache.setName(wanted.getCache().getName());
			unit.setCache(cache);
		}
		return unit;
	}

	private static Map<String, StorageUnit> units(Site site) {
		Map<String, StorageUnit> units = new LinkedHashMap<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				units.put(unit.getId(), unit);
			}
		}
		return units;
	}

	/** The name of the unit's subsystem, for installing into a subsystem the site does not have yet. */
	static String subsystemName(StorageUnit unit) {
		return unit.eContainer() instanceof Subsystem ? Values.name((Subsystem) unit.eContainer()) : "";
	}

	static String subsystemId(StorageUnit unit) {
		return unit.eContainer() instanceof Subsystem ? Values.id((Subsystem) unit.eContainer()) : "";
	}
}
