package org.restripe.drivers.ds8000;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.ArrayRelease;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.SiteBuilder;

/**
 * Discovery of a DS8000 storage image into the model. The model's words stand for DS8000 things: a tray is
 * an array site (eight disk drive modules), a disk is a DDM (named by its location, e.g. R1-P1-D1), a volume
 * is an extent pool (named by its ID, P0) holding the data DDMs of its ranks' arrays and their spare, a CKD
 * device is a CKD base volume (its ID, LCU and address, 0A00), a port is an I/O port (I0030).
 */
final class DsDiscovery {
	private static final RestripeFactory F = RestripeFactory.eINSTANCE;

	private final String unitId;
	private final Map<String, String> outputs;
	private final StorageUnit unit;
	private final Map<String, Tray> sites = new LinkedHashMap<>();

	DsDiscovery(String unitId, Map<String, String> outputs) {
		this.unitId = unitId;
		this.outputs = outputs;
		this.unit = SiteBuilder.identify(F.createStorageUnit(), unitId, unitId);
	}

	StorageUnit discover(ArrayRelease release) throws DiscoveryException {
		unit.setCatalogModel(DsCliDriver.CATALOG_MODEL);
		unit.setFirmware("DS8000 " + release.firmware());
		// the storage image manages its cache itself; the model's default settings stand for that
		unit.setCache(SiteBuilder.identify(F.createCacheSettings(), unitId + "-cache", "cache"));
		readDdms();
		Map<String, Volume> pools = readPools();
		readCkdVolumes(pools);
		readIoPorts();
		return unit;
	}

	private List<Map<String, String>> table(DsCliSpelling command, String... columns) throws DiscoveryException {
		String output = outputs.get(command.template());
		if (output == null) {
			throw new DiscoveryException("discovery needs the output of '" + command.template() + "'");
		}
		return DsCliOutput.rows(command.template(), output, List.of(columns));
	}

	private void readDdms() throws DiscoveryException {
		for (Map<String, String> row : table(DsCliSpelling.LSDDM, "ID", "dkcap (10^9B)", "dkuse", "arsite", "State")) {
			String site = row.get("arsite");
			if (site.equals("-")) {
				continue; // a DDM in no array site yet is not part of the configuration
			}
			if (!site.matches("S\\d{1,4}")) {
				throw new DiscoveryException("lsddm shows DDM " + row.get("ID") + " in array site '" + site
						+ "', which is no array site ID (S1, S2, ...)");
			}
			Tray tray = sites.computeIfAbsent(site, s -> newSite(s));
			String location = row.get("ID").substring(row.get("ID").indexOf('/') + 1);
			Disk disk = SiteBuilder.identify(F.createDisk(), unitId + "-" + location, location);
			disk.setSlot(tray.getDisks().size() + 1);
			disk.setSize(gigabytes(row.get("dkcap (10^9B)"), row));
			disk.setRole(row.get("dkuse").startsWith("spare") ? DiskRole.STANDBY_DISK
					: row.get("dkuse").equals("array member") ? DiskRole.DATA_DISK : DiskRole.UNASSIGNED);
			disk.setStatus(row.get("State").equals("Normal") ? FruStatus.READY
					: row.get("State").startsWith("Fail") ? FruStatus.FAULT : FruStatus.OFFLINE);
			tray.getDisks().add(disk);
		}
	}

	private Tray newSite(String site) {
		Tray tray = SiteBuilder.identify(F.createTray(), unitId + "-" + site, site);
		tray.setNumber(Integer.parseInt(site.substring(1)));
		unit.getTrays().add(tray);
		return tray;
	}

	private static long gigabytes(String text, Map<String, String> row) throws DiscoveryException {
		try {
			return Math.round(Double.parseDouble(text) * 1e9);
		} catch (NumberFormatException e) {
			throw new DiscoveryException("lsddm shows a capacity '" + text + "' that is no number: " + row.values());
		}
	}

	/** Extent pools, each with the DDMs of the arrays of its ranks. */
	private Map<String, Volume> readPools() throws DiscoveryException {
		Map<String, String> siteOfArray = new HashMap<>();
		Map<String, String> raidOfArray = new HashMap<>();
		for (Map<String, String> row : table(DsCliSpelling.LSARRAY, "Array", "RAIDtype", "arsite")) {
			siteOfArray.put(row.get("Array"), row.get("arsite"));
			raidOfArray.put(row.get("Array"), row.get("RAIDtype"));
		}
		Map<String, List<String>> arraysOfPool = new HashMap<>();
		for (Map<String, String> row : table(DsCliSpelling.LSRANK, "ID", "Array", "extpoolID")) {
			arraysOfPool.computeIfAbsent(row.get("extpoolID"), p -> new ArrayList<>()).add(row.get("Array"));
		}
		Map<String, Volume> pools = new LinkedHashMap<>();
		for (Map<String, String> row : table(DsCliSpelling.LSEXTPOOL, "Name", "ID", "stgtype")) {
			String id = row.get("ID");
			Volume pool = SiteBuilder.identify(F.createVolume(), unitId + "-" + id, id);
			pool.setState(VolumeState.MOUNTED);
			for (String array : arraysOfPool.getOrDefault(id, List.of())) {
				pool.setRaidLevel(raid(raidOfArray.getOrDefault(array, ""), array));
				addDdms(pool, sites.get(siteOfArray.get(array)));
			}
			unit.getVolumes().add(pool);
			pools.put(id, pool);
		}
		return pools;
	}

	/** {@code 5 (6+P+S)}, {@code 5 (7+P)}: the RAID level is the first word. */
	private static RaidLevel raid(String raidType, String array) throws DiscoveryException {
		String level = raidType.split("\\s+")[0];
		return switch (level) {
		case "5" -> RaidLevel.RAID5;
		case "10" -> RaidLevel.RAID1;
		default -> throw new DiscoveryException("lsarray shows array " + array + " as RAID '" + raidType
				+ "', which Restripe's model has no level for");
		};
	}

	private static void addDdms(Volume pool, Tray site) {
		if (site == null) {
			return;
		}
		for (Disk disk : site.getDisks()) {
			if (disk.getRole() == DiskRole.DATA_DISK) {
				pool.getDataDisks().add(disk);
			} else if (disk.getRole() == DiskRole.STANDBY_DISK && pool.getStandby() == null) {
				pool.setStandby(disk);
			}
		}
	}

	private void readCkdVolumes(Map<String, Volume> pools) throws DiscoveryException {
		List<String> lcus = new ArrayList<>();
		for (Map<String, String> row : table(DsCliSpelling.LSLCU, "ID")) {
			lcus.add(row.get("ID"));
		}
		for (Map<String, String> row : table(DsCliSpelling.LSCKDVOL, "Name", "ID", "deviceMTM", "voltype", "extpool",
				"cap (cyl)")) {
			if (!row.get("voltype").contains("Base")) {
				continue; // aliases (PAV) are no devices of their own in the model
			}
			String id = row.get("ID");
			if (!id.matches("[0-9A-Fa-f]{4}") || !lcus.contains(id.substring(0, 2).toUpperCase())) {
				throw new DiscoveryException("lsckdvol shows volume '" + id + "' in no logical control unit lslcu lists "
						+ lcus + ": " + row.values());
			}
			CkdDevice device = SiteBuilder.identify(F.createCkdDevice(), unitId + "-" + id, row.get("Name"));
			device.setDeviceNumber(id.toUpperCase());
			device.setDeviceType(DsCliDriver.ckdType(row.get("deviceMTM"), row.get("cap (cyl)"), row));
			device.setVolume(pools.get(row.get("extpool")));
			unit.getCkdDevices().add(device);
		}
	}

	private void readIoPorts() throws DiscoveryException {
		for (Map<String, String> row : table(DsCliSpelling.LSIOPORT, "ID", "WWPN", "State", "Type", "topo")) {
			Port port = SiteBuilder.identify(F.createPort(), unitId + "-" + row.get("ID"), row.get("ID"));
			port.setAddress(row.get("WWPN"));
			port.setKind(row.get("Type").startsWith("ESCON") ? ChannelKind.ESCON
					: row.get("topo").equalsIgnoreCase(DsCliSpelling.TOPO_FICON.template()) ? ChannelKind.FICON
							: ChannelKind.FIBRE_CHANNEL);
			unit.getPorts().add(port);
		}
	}
}
