package org.restripe.plan;

import static org.restripe.drivers.api.Operation.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.restripe.model.ChangeKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;

/**
 * The logical difference of one storage unit, by stable id: volumes rebuilt, added, removed or brought to
 * another state; LUNs and CKD devices recreated when they or their volume change; mappings redone when
 * they or their LUN change. Hardware and settings are {@link HardwareDiff}'s.
 */
final class UnitDiff {
	private final StorageUnit current;
	private final StorageUnit desired;
	private final Lane lane;
	private final List<String> refusals;
	private final boolean rebuildAll;
	/** Volumes whose data goes (removed or rebuilt), with the kind of change that takes them. */
	private final Map<String, ChangeKind> destroyedVolumes = new HashMap<>();
	private final Set<String> recreatedLuns = new HashSet<>();

	UnitDiff(StorageUnit current, StorageUnit desired, Lane lane, List<String> refusals, boolean rebuildAll) {
		this.current = current;
		this.desired = desired;
		this.lane = lane;
		this.refusals = refusals;
		this.rebuildAll = rebuildAll;
	}

	void diff() {
		volumes();
		luns();
		mappings();
		ckdDevices();
	}

	private void volumes() {
		IdPairing<Volume> pairing = new IdPairing<>(current.getVolumes(), desired.getVolumes());
		for (int i = 0; i < current.getVolumes().size(); i++) {
			Volume cv = current.getVolumes().get(i);
			Volume dv = pairing.desiredFor(i);
			ChangeKind rebuild = dv == null ? ChangeKind.RAID_LEVEL_CHANGE : rebuildKind(cv, dv);
			if (rebuild != null) {
				destroyedVolumes.put(cv.getId(), rebuild);
				removeVolume(cv, rebuild, dv == null ? "volume " + cv.getName() + " is no longer wanted"
						: "volume " + cv.getName() + " is rebuilt (" + kindWords(rebuild) + ")");
				if (dv != null) {
					buildVolume(dv, rebuild);
				}
			} else {
				changeState(cv, dv);
			}
		}
		for (Volume dv : pairing.added()) {
			buildVolume(dv, ChangeKind.CAPACITY_ADDITION);
		}
	}

	/** Why a volume must be removed and made again, or null if it can stay. */
	private ChangeKind rebuildKind(Volume cv, Volume dv) {
		if (cv.getRaidLevel() != dv.getRaidLevel() || !ids(cv.getDataDisks()).equals(ids(dv.getDataDisks()))) {
			return ChangeKind.RAID_LEVEL_CHANGE;
		}
		if (rebuildAll) {
			return ChangeKind.CACHE_BLOCKING;
		}
		if (!Objects.equals(Values.id(cv.getStandby()), Values.id(dv.getStandby()))) {
			// the T3 names the standby only when a volume is added
			return ChangeKind.HOT_STANDBY;
		}
		boolean backToUninitialized = dv.getState() == VolumeState.UNINITIALIZED
				&& cv.getState() != VolumeState.UNINITIALIZED;
		if (!Objects.equals(cv.getName(), dv.getName()) || backToUninitialized) {
			return ChangeKind.RAID_LEVEL_CHANGE;
		}
		return null;
	}

	private void removeVolume(Volume cv, ChangeKind kind, String why) {
		Map<String, String> before = Values.volume(cv);
		if (cv.getState() == VolumeState.MOUNTED) {
			lane.add(UNMOUNT_VOLUME, cv.getId(), cv.getName(), before, Map.of(), kind, "unmount volume "
					+ cv.getName() + ": " + why);
		}
		lane.add(REMOVE_VOLUME, cv.getId(), cv.getName(), before, Map.of(), kind, "remove volume " + cv.getName()
				+ " (RAID " + before.get("raid") + " on " + before.get("dataNames") + "): " + why);
	}

	private void buildVolume(Volume dv, ChangeKind kind) {
		if (dv.getState() == VolumeState.DELETED) {
			refusals.add(desired.getName() + ": volume " + dv.getName() + " is wanted in state deleted; leave it out");
			return;
		}
		Map<String, String> after = Values.volume(dv);
		String standby = dv.getStandby() == null ? "" : " standby " + dv.getStandby().getName();
		lane.add(ADD_VOLUME, dv.getId(), dv.getName(), Map.of(), after, kind, "add volume " + dv.getName() + " RAID "
				+ after.get("raid") + " on " + after.get("dataNames") + standby);
		if (dv.getState() != VolumeState.UNINITIALIZED) {
			lane.add(INIT_VOLUME, dv.getId(), dv.getName(), Map.of(), after, kind, "initialise volume " + dv.getName()
					+ " (" + gigabytes(dv.getCapacity()) + ")");
		}
		if (dv.getState() == VolumeState.MOUNTED) {
			lane.add(MOUNT_VOLUME, dv.getId(), dv.getName(), Map.of(), after, kind, "mount volume " + dv.getName());
		}
	}

	private void changeState(Volume cv, Volume dv) {
		VolumeState from = cv.getState();
		VolumeState to = dv.getState();
		Map<String, String> after = Values.volume(dv);
		if (from == VolumeState.UNINITIALIZED && to != VolumeState.UNINITIALIZED) {
			lane.add(INIT_VOLUME, dv.getId(), dv.getName(), Values.volume(cv), after, ChangeKind.CAPACITY_ADDITION,
					"initialise volume " + dv.getName() + " (" + gigabytes(dv.getCapacity()) + ")");
		}
		if (from != VolumeState.MOUNTED && to == VolumeState.MOUNTED) {
			lane.add(MOUNT_VOLUME, dv.getId(), dv.getName(), Values.volume(cv), after, ChangeKind.CAPACITY_ADDITION,
					"mount volume " + dv.getName());
		} else if (from == VolumeState.MOUNTED && to == VolumeState.UNMOUNTED) {
			lane.add(UNMOUNT_VOLUME, cv.getId(), cv.getName(), Values.volume(cv), after, ChangeKind.DEVICE_MOVE,
					"unmount volume " + cv.getName() + ": wanted offline");
		}
	}

	private void luns() {
		IdPairing<Lun> pairing = new IdPairing<>(current.getLuns(), desired.getLuns());
		for (int i = 0; i < current.getLuns().size(); i++) {
			Lun cl = current.getLuns().get(i);
			Lun dl = pairing.desiredFor(i);
			ChangeKind kind = lunChange(cl, dl);
			if (kind != null) {
				recreatedLuns.add(cl.getId());
				lane.add(REMOVE_LUN, cl.getId(), cl.getName(), Values.lun(cl, current), Map.of(), kind,
						"remove LUN " + cl.getName() + " (" + gigabytes(cl.getSize()) + " on " + Values.name(cl.getVolume())
								+ ")");
				if (dl != null) {
					createLun(dl, kind);
				}
			}
		}
		for (Lun dl : pairing.added()) {
			createLun(dl, ChangeKind.LUN_SIZE_CHANGE);
		}
	}

	private ChangeKind lunChange(Lun cl, Lun dl) {
		if (dl == null || cl.getSize() != dl.getSize()) {
			return ChangeKind.LUN_SIZE_CHANGE;
		}
		if (!Values.id(cl.getVolume()).equals(Values.id(dl.getVolume()))) {
			return ChangeKind.DEVICE_MOVE;
		}
		ChangeKind volumeKind = destroyedVolumes.get(Values.id(cl.getVolume()));
		if (volumeKind != null) {
			return volumeKind;
		}
		return Objects.equals(cl.getName(), dl.getName()) ? null : ChangeKind.LUN_SIZE_CHANGE;
	}

	private void createLun(Lun dl, ChangeKind kind) {
		lane.add(CREATE_LUN, dl.getId(), dl.getName(), Map.of(), Values.lun(dl, desired), kind, "create LUN "
				+ dl.getName() + " (" + gigabytes(dl.getSize()) + " on " + Values.name(dl.getVolume()) + ")");
	}

	private void mappings() {
		IdPairing<LunMapping> pairing = new IdPairing<>(current.getMappings(), desired.getMappings());
		for (int i = 0; i < current.getMappings().size(); i++) {
			LunMapping cm = current.getMappings().get(i);
			LunMapping dm = pairing.desiredFor(i);
			if (dm == null || recreatedLuns.contains(Values.id(cm.getLun())) || !sameMapping(cm, dm)) {
				ChangeKind kind = dm != null && Values.id(cm.getHost()).equals(Values.id(dm.getHost()))
						&& !Values.id(cm.getPort()).equals(Values.id(dm.getPort())) ? ChangeKind.PERFORMANCE_BALANCING
								: ChangeKind.DEVICE_MOVE;
				lane.add(UNMAP_LUN, cm.getId(), Values.name(cm.getLun()), Values.mapping(cm), Map.of(), kind,
						"unmap LUN " + Values.name(cm.getLun()) + " from host " + Values.name(cm.getHost()) + " (LUN number "
								+ cm.getLunNumber() + ")");
				if (dm != null) {
					map(dm, kind);
				}
			}
		}
		for (LunMapping dm : pairing.added()) {
			map(dm, ChangeKind.DEVICE_MOVE);
		}
	}

	private static boolean sameMapping(LunMapping a, LunMapping b) {
		return a.getLunNumber() == b.getLunNumber() && Values.id(a.getLun()).equals(Values.id(b.getLun()))
				&& Values.id(a.getHost()).equals(Values.id(b.getHost()))
				&& Values.id(a.getPort()).equals(Values.id(b.getPort())) && Objects.equals(a.getName(), b.getName());
	}

	private void map(LunMapping dm, ChangeKind kind) {
		lane.add(MAP_LUN, dm.getId(), Values.name(dm.getLun()), Map.of(), Values.mapping(dm), kind, "map LUN "
				+ Values.name(dm.getLun()) + " to host " + Values.name(dm.getHost()) + " as LUN " + dm.getLunNumber()
				+ (dm.getPort() == null ? "" : " through " + dm.getPort().getName()));
	}

	private void ckdDevices() {
		new CkdDiff(current, desired, lane, destroyedVolumes.keySet()).diff();
	}

	static Map<String, String> ckd(CkdDevice device) {
		return Map.of("name", Values.name(device), "deviceType", device.getDeviceType().getLiteral(), "deviceNumber",
				Values.nz(device.getDeviceNumber()), "volume", Values.id(device.getVolume()), "volumeName",
				Values.name(device.getVolume()));
	}

	private static List<String> ids(List<? extends Identified> elements) {
		return elements.stream().map(Values::id).toList();
	}

	static String gigabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
	}

	private static String kindWords(ChangeKind kind) {
		return kind.getLiteral().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
	}
}
