package org.restripe.plan;

import static org.restripe.drivers.api.Operation.*;

import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.Step;

/**
 * The dependencies between the steps of one array, each for a reason the array or the data imposes:
 * unmap before unmount before remove; nothing destroyed before the backup is confirmed; block size only
 * once every volume is gone; a disk (hot spare included) only once the hardware or the volume that held it
 * made it free; a LUN only on a volume that is ready; a mapping only to a LUN that exists. An array moved to
 * another subsystem, or a port recabled to another host, first loses the mappings to the hosts it leaves,
 * and is mapped to the hosts it joins only once the recabling (and a new host's connection) is done.
 */
final class LaneLinks {
	private final Lane lane;
	private final Map<String, List<PlannedStep>> unmapByLun;
	private final Map<String, List<PlannedStep>> unmapByVolume;
	private final Map<String, List<PlannedStep>> unmapByMapping;
	private final Map<String, List<PlannedStep>> unmapByHostLun;
	private final Map<String, List<PlannedStep>> unmapByHost;
	private final Map<String, List<PlannedStep>> cablingByHost = new java.util.HashMap<>();
	private final Map<String, List<PlannedStep>> removeLunByVolume;
	private final Map<String, List<PlannedStep>> removeCkdByVolume;
	private final Map<String, List<PlannedStep>> removeVolumeByDisk;
	private final Map<String, List<PlannedStep>> trayByDisk;
	private final Map<String, List<PlannedStep>> byTarget = new java.util.HashMap<>();

	LaneLinks(Lane lane) {
		this.lane = lane;
		unmapByLun = lane.index(UNMAP_LUN, "lun");
		unmapByVolume = lane.index(UNMAP_LUN, "volume");
		unmapByMapping = lane.index(UNMAP_LUN, "id");
		unmapByHostLun = lane.index(UNMAP_LUN, "hostLun");
		unmapByHost = lane.index(UNMAP_LUN, "host");
		lane.index(ADD_PORT, "host").forEach((host, steps) -> cablingByHost.computeIfAbsent(host,
				k -> new java.util.ArrayList<>()).addAll(steps));
		lane.index(RECABLE_PORT, "host").forEach((host, steps) -> cablingByHost.computeIfAbsent(host,
				k -> new java.util.ArrayList<>()).addAll(steps));
		removeLunByVolume = lane.index(REMOVE_LUN, "volume");
		removeCkdByVolume = lane.index(REMOVE_CKD_DEVICE, "volume");
		removeVolumeByDisk = lane.index(REMOVE_VOLUME, "disks");
		trayByDisk = lane.index(ADD_TRAY, "disks");
		for (PlannedStep s : lane.steps()) {
			byTarget.computeIfAbsent(s.step().operation() + "/" + s.step().targetId(), k -> new java.util.ArrayList<>())
					.add(s);
		}
	}

	void link() {
		PlannedStep addUnit = first(ADD_STORAGE_UNIT);
		PlannedStep confirm = first(CONFIRM_BACKUP);
		for (PlannedStep s : lane.steps()) {
			Step step = s.step();
			if (step.operation() != ADD_STORAGE_UNIT) {
				s.requires(addUnit);
			}
			if (Lane.classOf(step.operation()).needsConfirmation() && step.operation() != CONFIRM_BACKUP) {
				s.requires(confirm);
			}
			linkStep(s, step);
		}
	}

	private void linkStep(PlannedStep s, Step step) {
		String target = step.targetId();
		switch (step.operation()) {
		case UNMOUNT_VOLUME -> all(s, unmapByVolume.get(target));
		case REMOVE_LUN -> all(s, unmapByLun.get(target));
		case REMOVE_VOLUME -> {
			s.requires(one(UNMOUNT_VOLUME, target));
			all(s, removeLunByVolume.get(target));
			all(s, removeCkdByVolume.get(target));
		}
		case SET_BLOCK_SIZE -> lane.steps().stream().filter(o -> o.step().operation() == REMOVE_VOLUME)
				.forEach(s::requires);
		case SET_VOLUME_SLICING -> lane.steps().stream().filter(o -> o.step().operation() == REMOVE_LUN)
				.forEach(s::requires);
		case ADD_VOLUME -> linkNewVolume(s, step);
		case INIT_VOLUME -> s.requires(one(ADD_VOLUME, target));
		case MOUNT_VOLUME -> s.requires(one(INIT_VOLUME, target));
		case CREATE_LUN -> {
			s.requires(readyVolume(step.to("volume")));
			all(s, removeLunByVolume.get(step.to("volume")));
			s.requires(one(REMOVE_LUN, target));
			s.requires(first(SET_VOLUME_SLICING));
		}
		case MAP_LUN -> {
			s.requires(one(CREATE_LUN, step.to("lun")));
			s.requires(one(MOUNT_VOLUME, step.to("volume")));
			all(s, unmapByMapping.get(target));
			all(s, unmapByHostLun.get(step.to("hostLun")));
			s.requires(one(ADD_PORT, step.to("port")));
			s.requires(one(RECABLE_PORT, step.to("port")));
			// the host sees the array only once it is cabled there: moved, recabled, connected
			s.requires(first(MOVE_STORAGE_UNIT));
			all(s, cablingByHost.get(step.to("host")));
			s.requires(one(ADD_HOST, step.to("host")));
		}
		// the hosts the array leaves lose their LUNs before the cables are pulled
		case MOVE_STORAGE_UNIT -> lane.steps().stream().filter(o -> o.step().operation() == UNMAP_LUN)
				.forEach(s::requires);
		case RECABLE_PORT -> {
			all(s, unmapByHost.get(step.from("host")));
			s.requires(one(ADD_HOST, step.to("host")));
		}
		case ADD_PORT -> s.requires(one(ADD_HOST, step.to("host")));
		case ADD_CKD_DEVICE -> {
			s.requires(readyVolume(step.to("volume")));
			s.requires(one(REMOVE_CKD_DEVICE, target));
		}
		// the hosts let go of a device before the array changes it, and take it back only once it is changed
		case REMOVE_CKD_DEVICE, EXPAND_CKD_DEVICE -> s.requires(one(VARY_CKD_OFFLINE, target));
		case VARY_CKD_ONLINE -> {
			s.requires(one(EXPAND_CKD_DEVICE, target));
			s.requires(one(ADD_CKD_DEVICE, target));
		}
		default -> {
			// hardware, settings and the confirmation depend only on the unit being there
		}
		}
	}

	/** A new volume waits for the block size, for the volumes that held its disks, for its disks' hardware. */
	private void linkNewVolume(PlannedStep s, Step step) {
		s.requires(first(SET_BLOCK_SIZE));
		for (String disk : (step.to("data") + "," + step.to("standby")).split(",")) {
			if (disk.isEmpty()) {
				continue;
			}
			all(s, removeVolumeByDisk.get(disk));
			all(s, trayByDisk.get(disk));
			s.requires(one(ADD_DISK, disk));
		}
	}

	/** The last step that readies a volume in this plan (mount, else init, else add); null if none. */
	private PlannedStep readyVolume(String volume) {
		PlannedStep mount = one(MOUNT_VOLUME, volume);
		if (mount != null) {
			return mount;
		}
		PlannedStep init = one(INIT_VOLUME, volume);
		return init != null ? init : one(ADD_VOLUME, volume);
	}

	private PlannedStep first(Operation op) {
		return lane.steps().stream().filter(s -> s.step().operation() == op).findFirst().orElse(null);
	}

	private PlannedStep one(Operation op, String target) {
		List<PlannedStep> found = byTarget.get(op + "/" + target);
		return found == null ? null : found.get(0);
	}

	private static void all(PlannedStep s, List<PlannedStep> befores) {
		if (befores != null) {
			befores.forEach(s::requires);
		}
	}
}
