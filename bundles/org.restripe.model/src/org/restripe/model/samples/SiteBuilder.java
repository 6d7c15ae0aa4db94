package org.restripe.model.samples;

import java.util.ArrayList;
import java.util.List;

import org.restripe.model.CacheSettings;
import org.restripe.model.ChannelKind;
import org.restripe.model.DiagramElement;
import org.restripe.model.DialbackModem;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Host;
import org.restripe.model.Identified;
import org.restripe.model.Lan;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.ManagementHost;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.catalog.ArrayModel;

/**
 * Builds sites the way the arrays name things (trays u1, disks u1d1, ports u1p1), with ids derived
 * from the parent's id so that the same site built twice has the same ids.
 */
public final class SiteBuilder {

	private static final RestripeFactory F = RestripeFactory.eINSTANCE;

	private SiteBuilder() {
	}

	public static <T extends Identified> T identify(T element, String id, String name) {
		element.setId(id);
		element.setName(name);
		return element;
	}

	public static <T extends DiagramElement> T place(T element, int x, int y, int width, int height) {
		element.setX(x);
		element.setY(y);
		element.setWidth(width);
		element.setHeight(height);
		return element;
	}

	public static Site site(String id, String name, String customer) {
		Site site = identify(F.createSite(), id, name);
		site.setCustomer(customer);
		return site;
	}

	public static Lan lan(Site site, String id, String name, String network) {
		Lan lan = identify(F.createLan(), id, name);
		lan.setNetwork(network);
		site.getLans().add(lan);
		return lan;
	}

	public static Host host(Site site, String id, String name, String operatingSystem, Lan... lans) {
		Host host = identify(F.createHost(), id, name);
		host.setOperatingSystem(operatingSystem);
		host.getLans().addAll(List.of(lans));
		site.getHosts().add(host);
		return host;
	}

	public static Subsystem subsystem(Site site, String id, String name, Host... hosts) {
		Subsystem subsystem = identify(F.createSubsystem(), id, name);
		subsystem.getHosts().addAll(List.of(hosts));
		site.getSubsystems().add(subsystem);
		return subsystem;
	}

	/**
	 * A storage unit with its trays full of disks of one size, its host ports and default settings;
	 * volume slicing is off, as the arrays ship.
	 */
	public static StorageUnit storageUnit(Subsystem subsystem, ArrayModel model, String id, String name, int trays,
			long diskSize) {
		StorageUnit unit = identify(F.createStorageUnit(), id, name);
		unit.setCatalogModel(model.id());
		for (int t = 1; t <= trays; t++) {
			Tray tray = identify(F.createTray(), id + "-u" + t, "u" + t);
			tray.setNumber(t);
			for (int slot = 1; slot <= model.disksPerTray(); slot++) {
				String diskName = model.diskName(t, slot);
				Disk disk = identify(F.createDisk(), id + "-" + diskName, diskName);
				disk.setSlot(slot);
				disk.setSize(diskSize);
				tray.getDisks().add(disk);
			}
			unit.getTrays().add(tray);
			for (int p = 1; p <= model.portsPerTray(); p++) {
				String portName = model.portName(t, p);
				Port port = identify(F.createPort(), id + "-" + portName, portName);
				port.setKind(model.channels().isEmpty() ? ChannelKind.FIBRE_CHANNEL : model.channels().iterator().next());
				unit.getPorts().add(port);
			}
		}
		CacheSettings cache = identify(F.createCacheSettings(), id + "-sys", "sys");
		unit.setCache(cache);
		subsystem.getStorageUnits().add(unit);
		return unit;
	}

	/** The disk in that tray and slot. */
	public static Disk disk(StorageUnit unit, int tray, int slot) {
		return unit.getTrays().get(tray - 1).getDisks().get(slot - 1);
	}

	/** Disks fromSlot..toSlot of one tray, like the array's u1d1-8. */
	public static List<Disk> disks(StorageUnit unit, int tray, int fromSlot, int toSlot) {
		List<Disk> result = new ArrayList<>();
		for (int slot = fromSlot; slot <= toSlot; slot++) {
			result.add(disk(unit, tray, slot));
		}
		return result;
	}

	/** A mounted volume; its disks take the data and standby roles as the array would report them. */
	public static Volume volume(StorageUnit unit, String name, RaidLevel level, List<Disk> data, Disk standby) {
		Volume volume = identify(F.createVolume(), unit.getId() + "-" + name, name);
		volume.setRaidLevel(level);
		volume.getDataDisks().addAll(data);
		data.forEach(d -> d.setRole(DiskRole.DATA_DISK));
		if (standby != null) {
			volume.setStandby(standby);
			standby.setRole(DiskRole.STANDBY_DISK);
		}
		volume.setState(VolumeState.MOUNTED);
		unit.getVolumes().add(volume);
		return volume;
	}

	public static Lun lun(StorageUnit unit, String name, Volume volume, long size) {
		Lun lun = identify(F.createLun(), unit.getId() + "-" + name, name);
		lun.setVolume(volume);
		lun.setSize(size);
		unit.getLuns().add(lun);
		return lun;
	}

	public static LunMapping map(StorageUnit unit, Lun lun, Host host, int lunNumber) {
		LunMapping mapping = identify(F.createLunMapping(), lun.getId() + "-" + host.getId(), null);
		mapping.setLun(lun);
		mapping.setHost(host);
		mapping.setLunNumber(lunNumber);
		unit.getMappings().add(mapping);
		return mapping;
	}

	public static ManagementHost managementHost(Site site, String id, String name, String address, Lan... lans) {
		ManagementHost host = identify(F.createManagementHost(), id, name);
		host.setAddress(address);
		host.getLans().addAll(List.of(lans));
		site.setManagementHost(host);
		return host;
	}

	public static SerialPort console(ManagementHost host, String device, StorageUnit unit) {
		String suffix = device.substring(device.lastIndexOf('/') + 1);
		SerialPort port = identify(F.createSerialPort(), host.getId() + "-" + suffix, suffix);
		port.setDevice(device);
		port.setConsole(unit);
		host.getSerialPorts().add(port);
		return port;
	}

	public static DialbackModem modem(Site site, String id, String name, String number, String callbackNumber) {
		DialbackModem modem = identify(F.createDialbackModem(), id, name);
		modem.setNumber(number);
		modem.setCallbackNumber(callbackNumber);
		site.setModem(modem);
		return modem;
	}
}
