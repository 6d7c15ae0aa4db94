package org.restripe.plan;

import static org.restripe.plan.PlanApplier.F;

import java.util.ArrayList;
import java.util.List;

import org.restripe.drivers.api.Step;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.MirrorMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;

/** What one logical step does to the model, after the checks the array would make. */
final class StepEffects {
	private final PlanApplier applier;
	private final Step step;

	StepEffects(PlanApplier applier, Step step) {
		this.applier = applier;
		this.step = step;
	}

	void apply() throws PlanApplyException {
		switch (step.operation()) {
		case ADD_STORAGE_UNIT, MOVE_STORAGE_UNIT, ADD_TRAY, ADD_DISK, ADD_PORT, RECABLE_PORT, ADD_HOST -> new HardwareEffects(
				applier, step).apply();
		case CONFIRM_BACKUP, VARY_CKD_OFFLINE, VARY_CKD_ONLINE -> {
			// the engineer's confirmation and the hosts' vary commands change nothing on the array
		}
		case EXPAND_CKD_DEVICE -> applier.find(step.targetId(), CkdDevice.class, "CKD device")
				.setDeviceType(parse(CkdType.get(step.to("deviceType")), "CKD type"));
		case UNMAP_LUN -> unmap();
		case REMOVE_CKD_DEVICE -> remove(applier.find(step.targetId(), CkdDevice.class, "CKD device"));
		case UNMOUNT_VOLUME -> transition(VolumeState.MOUNTED, VolumeState.UNMOUNTED);
		case REMOVE_LUN -> removeLun();
		case REMOVE_VOLUME -> removeVolume();
		case SET_BLOCK_SIZE -> setBlockSize();
		case SET_SYSTEM -> setSystem(cache(), step.to("setting"), step.to("value"));
		case SET_VOLUME_SLICING -> applier.unit(step).setVolumeSlicing("on".equals(step.to("value")));
		case ADD_VOLUME -> addVolume();
		case INIT_VOLUME -> transition(VolumeState.UNINITIALIZED, VolumeState.UNMOUNTED);
		case MOUNT_VOLUME -> transition(VolumeState.UNMOUNTED, VolumeState.MOUNTED);
		case CREATE_LUN -> createLun();
		case MAP_LUN -> map();
		case ADD_CKD_DEVICE -> addCkd();
		}
	}

	private void unmap() throws PlanApplyException {
		remove(applier.find(step.targetId(), LunMapping.class, "LUN mapping"));
	}

	private void transition(VolumeState from, VolumeState to) throws PlanApplyException {
		Volume volume = applier.find(step.targetId(), Volume.class, "volume");
		if (volume.getState() != from) {
			throw new PlanApplyException("volume " + volume.getName() + " is " + volume.getState() + ", not " + from);
		}
		volume.setState(to);
	}

	private void removeLun() throws PlanApplyException {
		Lun lun = applier.find(step.targetId(), Lun.class, "LUN");
		StorageUnit unit = applier.unit(step);
		for (LunMapping m : unit.getMappings()) {
			if (m.getLun() == lun) {
				throw new PlanApplyException("LUN " + lun.getName() + " is still mapped to " + m.getHost().getName());
			}
		}
		remove(lun);
	}

	private void removeVolume() throws PlanApplyException {
		Volume volume = applier.find(step.targetId(), Volume.class, "volume");
		if (volume.getState() == VolumeState.MOUNTED) {
			throw new PlanApplyException("volume " + volume.getName() + " is still mounted");
		}
		StorageUnit unit = applier.unit(step);
		if (unit.getLuns().stream().anyMatch(l -> l.getVolume() == volume)
				|| unit.getCkdDevices().stream().anyMatch(c -> c.getVolume() == volume)) {
			throw new PlanApplyException("volume " + volume.getName() + " still holds LUNs or CKD devices");
		}
		List<Disk> freed = new ArrayList<>(volume.getDataDisks());
		Disk standby = volume.getStandby();
		remove(volume);
		freed.forEach(d -> d.setRole(DiskRole.UNASSIGNED));
		if (standby != null && unit.getVolumes().stream().noneMatch(v -> v.getStandby() == standby)) {
			standby.setRole(DiskRole.UNASSIGNED);
		}
	}

	private void setBlockSize() throws PlanApplyException {
		StorageUnit unit = applier.unit(step);
		if (!unit.getVolumes().isEmpty()) {
			throw new PlanApplyException("the block size of " + unit.getName() + " changes only while no volume exists; "
					+ unit.getVolumes().size() + " remain");
		}
		cache().setBlockSize(parse(BlockSize.get(step.to("value")), "block size"));
	}

	private CacheSettings cache() throws PlanApplyException {
		return applier.find(step.targetId(), CacheSettings.class, "system settings");
	}

	static void setSystem(CacheSettings cache, String setting, String value) throws PlanApplyException {
		switch (setting) {
		case "cache" -> cache.setCacheMode(parse(CacheMode.get(value), setting));
		case "mirror" -> cache.setMirror(parse(MirrorMode.get(value), setting));
		case "rd_ahead" -> cache.setReadAhead("on".equals(value));
		case "recon_rate" -> cache.setReconRate(parse(ReconRate.get(value), setting));
		case "mp_support" -> cache.setMultipath(parse(MultipathMode.get(value), setting));
		default -> throw new PlanApplyException("unknown system setting '" + setting + "'");
		}
	}

	private void addVolume() throws PlanApplyException {
		StorageUnit unit = applier.unit(step);
		Volume volume = F.createVolume();
		volume.setId(step.targetId());
		volume.setName(step.to("name"));
		volume.setRaidLevel(parse(RaidLevel.get(Integer.parseInt(step.to("raid"))), "RAID level"));
		for (String id : step.to("data").split(",")) {
			Disk disk = applier.find(id, Disk.class, "disk");
			if (disk.getRole() == DiskRole.DATA_DISK || isStandby(unit, disk)) {
				throw new PlanApplyException("disk " + disk.getName() + " still belongs to another volume");
			}
			volume.getDataDisks().add(disk);
		}
		Disk standby = applier.findOptional(step.to("standby"), Disk.class, "standby disk");
		if (standby != null && (standby.getRole() == DiskRole.DATA_DISK || volume.getDataDisks().contains(standby))) {
			throw new PlanApplyException("standby disk " + standby.getName() + " holds data");
		}
		volume.setStandby(standby);
		volume.setState(VolumeState.UNINITIALIZED);
		unit.getVolumes().add(volume);
		applier.register(volume);
		volume.getDataDisks().forEach(d -> d.setRole(DiskRole.DATA_DISK));
		if (standby != null) {
			standby.setRole(DiskRole.STANDBY_DISK);
		}
	}

	private static boolean isStandby(StorageUnit unit, Disk disk) {
		return unit.getVolumes().stream().anyMatch(v -> v.getStandby() == disk);
	}

	private void createLun() throws PlanApplyException {
		Volume volume = applier.find(step.to("volume"), Volume.class, "volume");
		if (volume.getState() == VolumeState.UNINITIALIZED) {
			throw new PlanApplyException("volume " + volume.getName() + " is not initialised");
		}
		Lun lun = F.createLun();
		lun.setId(step.targetId());
		lun.setName(step.to("name"));
		lun.setSize(Long.parseLong(step.to("size")));
		lun.setVolume(volume);
		applier.unit(step).getLuns().add(lun);
		applier.register(lun);
	}

	private void map() throws PlanApplyException {
		StorageUnit unit = applier.unit(step);
		LunMapping mapping = F.createLunMapping();
		mapping.setId(step.targetId());
		mapping.setName(step.to("name").isEmpty() ? null : step.to("name"));
		mapping.setLun(applier.find(step.to("lun"), Lun.class, "LUN"));
		mapping.setHost(applier.host(step.to("host")));
		mapping.setLunNumber(Integer.parseInt(step.to("lunNumber")));
		mapping.setPort(applier.findOptional(step.to("port"), Port.class, "port"));
		if (mapping.getHost() != null && !HostReach.reaches(unit, mapping.getHost())) {
			throw new PlanApplyException("host " + Values.name(mapping.getHost()) + " does not reach array "
					+ unit.getName() + " yet: it is no host of its subsystem and no port of it is cabled to it");
		}
		for (LunMapping m : unit.getMappings()) {
			if (m.getHost() == mapping.getHost() && m.getLunNumber() == mapping.getLunNumber()) {
				throw new PlanApplyException("host " + Values.name(m.getHost()) + " already sees LUN number "
						+ m.getLunNumber());
			}
		}
		unit.getMappings().add(mapping);
		applier.register(mapping);
	}

	private void addCkd() throws PlanApplyException {
		CkdDevice device = F.createCkdDevice();
		device.setId(step.targetId());
		device.setName(step.to("name").isEmpty() ? null : step.to("name"));
		device.setDeviceType(parse(CkdType.get(step.to("deviceType")), "CKD type"));
		device.setDeviceNumber(step.to("deviceNumber").isEmpty() ? null : step.to("deviceNumber"));
		device.setVolume(applier.findOptional(step.to("volume"), Volume.class, "volume"));
		applier.unit(step).getCkdDevices().add(device);
		applier.register(device);
	}

	private void remove(org.restripe.model.Identified element) {
		applier.forget(element);
		org.eclipse.emf.ecore.util.EcoreUtil.remove(element);
	}

	static <T> T parse(T value, String what) throws PlanApplyException {
		if (value == null) {
			throw new PlanApplyException("unknown " + what);
		}
		return value;
	}
}
