package org.restripe.plan;

import static org.restripe.plan.PlanApplier.F;

import org.restripe.drivers.api.Step;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChannelKind;
import org.restripe.model.Disk;
import org.restripe.model.Host;
import org.restripe.model.LunMapping;
import org.restripe.model.Subsystem;
import org.restripe.model.DiskRole;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;

/** What the hands at the site do to the model: arrays, trays, disks and ports installed or recabled. */
final class HardwareEffects {
	private final PlanApplier applier;
	private final Step step;

	HardwareEffects(PlanApplier applier, Step step) {
		this.applier = applier;
		this.step = step;
	}

	void apply() throws PlanApplyException {
		switch (step.operation()) {
		case ADD_STORAGE_UNIT -> install();
		case MOVE_STORAGE_UNIT -> move();
		case ADD_HOST -> connectHost();
		case ADD_TRAY -> addTray();
		case ADD_DISK -> addDisk(applier.find(step.to("tray"), Tray.class, "tray"), step.targetId(), step.to("name"),
				step.to("slot"), step.to("size"));
		case ADD_PORT -> addPort();
		case RECABLE_PORT -> recable(applier.find(step.targetId(), Port.class, "port"));
		default -> throw new PlanApplyException(step.operation() + " is not a hardware step");
		}
	}

	private void install() throws PlanApplyException {
		if (applier.exists(step.targetId())) {
			throw new PlanApplyException("array " + step.targetId() + " is already installed");
		}
		StorageUnit unit = F.createStorageUnit();
		unit.setId(step.targetId());
		unit.setName(step.to("name"));
		unit.setCatalogModel(step.to("catalogModel"));
		unit.setFirmware(step.to("firmware").isEmpty() ? null : step.to("firmware"));
		unit.setAddress(step.to("address").isEmpty() ? null : step.to("address"));
		unit.setVolumeSlicing(Boolean.parseBoolean(step.to("volumeSlicing")));
		if (!step.to("cacheId").isEmpty()) {
			CacheSettings cache = F.createCacheSettings();
			cache.setId(step.to("cacheId"));
			cache.setName(step.to("cacheName"));
			unit.setCache(cache);
		}
		subsystem().getStorageUnits().add(unit);
		applier.register(unit);
	}

	/** The hosts of the subsystem the array leaves lose it with its cables: their mappings must be gone. */
	private void move() throws PlanApplyException {
		StorageUnit unit = applier.unit(step);
		Subsystem to = subsystem();
		if (unit.eContainer() instanceof Subsystem from) {
			LunMapping left = HostReach.leftBehind(unit, from, to);
			if (left != null) {
				throw new PlanApplyException(HostReach.describe(left) + ", a host of subsystem " + Values.name(from)
						+ " that loses the array when it is recabled to " + Values.name(to) + ": unmap it first");
			}
		}
		to.getStorageUnits().add(unit);
	}

	/** The subsystem the step names; one new to the site is made as the array is installed or moved into it. */
	private Subsystem subsystem() throws PlanApplyException {
		String id = step.to("subsystem");
		if (applier.exists(id) || id.isEmpty()) {
			return applier.subsystem(id);
		}
		Subsystem subsystem = F.createSubsystem();
		subsystem.setId(id);
		subsystem.setName(step.to("subsystemName").isEmpty() ? id : step.to("subsystemName"));
		applier.site().getSubsystems().add(subsystem);
		applier.register(subsystem);
		return subsystem;
	}

	/** A host new to the site is connected: it joins the site and the subsystems designed for it. */
	private void connectHost() throws PlanApplyException {
		Host host = applier.exists(step.to("host")) ? applier.host(step.to("host")) : null;
		if (host == null) {
			host = F.createHost();
			host.setId(step.to("host"));
			host.setName(step.to("hostName"));
			host.setOperatingSystem(step.to("operatingSystem").isEmpty() ? null : step.to("operatingSystem"));
			applier.site().getHosts().add(host);
			applier.register(host);
		}
		for (String id : step.to("subsystems").split(",")) {
			if (!id.isEmpty() && applier.exists(id)) {
				Subsystem subsystem = applier.subsystem(id);
				if (!subsystem.getHosts().contains(host)) {
					subsystem.getHosts().add(host);
				}
			}
		}
	}

	/** A port recabled away from a host that then no longer reaches the array must take no mapping along. */
	private void recable(Port port) throws PlanApplyException {
		cable(port);
		LunMapping unreached = HostReach.unreached(applier.unit(step));
		if (unreached != null) {
			throw new PlanApplyException(HostReach.describe(unreached) + ", which no longer reaches array "
					+ applier.unit(step).getName() + " once port " + port.getName() + " is recabled: unmap it first");
		}
	}

	private void addTray() throws PlanApplyException {
		StorageUnit unit = applier.unit(step);
		Tray tray = F.createTray();
		tray.setId(step.targetId());
		tray.setName(step.to("name"));
		tray.setNumber(Integer.parseInt(step.to("number")));
		unit.getTrays().add(tray);
		applier.register(tray);
		if (step.to("disks").isEmpty()) {
			return;
		}
		for (String disk : step.to("disks").split(";")) {
			String[] f = disk.split(":", -1);
			addDisk(tray, f[0], f[1], f[2], f[3]);
		}
	}

	private void addDisk(Tray tray, String id, String name, String slot, String size) throws PlanApplyException {
		Disk disk = F.createDisk();
		disk.setId(id);
		disk.setName(name);
		disk.setSlot(Integer.parseInt(slot));
		disk.setSize(Long.parseLong(size));
		disk.setRole(DiskRole.UNASSIGNED);
		tray.getDisks().add(disk);
		applier.register(disk);
	}

	private void addPort() throws PlanApplyException {
		Port port = F.createPort();
		port.setId(step.targetId());
		port.setName(step.to("name"));
		cable(port);
		applier.unit(step).getPorts().add(port);
		applier.register(port);
	}

	private void cable(Port port) throws PlanApplyException {
		port.setKind(StepEffects.parse(ChannelKind.get(step.to("kind")), "channel kind"));
		port.setAddress(step.to("address").isEmpty() ? null : step.to("address"));
		port.setHost(applier.host(step.to("host")));
	}
}
