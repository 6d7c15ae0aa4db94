package org.restripe.drivers.t3;

import java.util.HashMap;
import java.util.Map;

import org.restripe.drivers.api.ArrayRelease;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.ChannelKind;
import org.restripe.model.Disk;
import org.restripe.model.Port;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;

/**
 * Discovery: reads the output of {@code ver}, {@code fru list}, {@code fru stat}, {@code sys list},
 * {@code vol list}, {@code vol stat} and {@code port list} (and, with slicing on, {@code volslice list} and
 * {@code lun map list}, and {@code lun perm list} where it was read) into a storage unit, with the ids SiteBuilder
 * would give it, so a discovered unit compares by id with a designed one.
 */
final class T3Discovery {
	private static final RestripeFactory F = RestripeFactory.eINSTANCE;
	private static final Map<String, String> CATALOG_MODELS = Map.of("T3", "T3", "T3B", "T3+", "6120", "6120",
			"T4", "6120");

	private final DeviceCatalog catalog;

	T3Discovery(DeviceCatalog catalog) {
		this.catalog = catalog;
	}

	StorageUnit discover(String unitId, Map<String, String> outputs, ArrayRelease release) throws DiscoveryException {
		ArrayModel model = catalog.get(CATALOG_MODELS.get(release.model()));
		StorageUnit unit = SiteBuilder.identify(F.createStorageUnit(), unitId, unitId);
		unit.setCatalogModel(model.id());
		unit.setFirmware(release.model() + " Release " + release.firmware());
		unit.setCache(SiteBuilder.identify(F.createCacheSettings(), unitId + "-sys", "sys"));
		readDisks(unit, model, require(outputs, T3Spelling.FRU_LIST));
		Map<String, Disk> disks = disksByName(unit);
		new T3Tables(unit, disks).readFruStat(require(outputs, T3Spelling.FRU_STAT));
		new T3Settings(unit).read(require(outputs, T3Spelling.SYS_LIST));
		long sizeFromVolumes = new T3Volumes(unit, disks).read(require(outputs, T3Spelling.VOL_LIST),
				require(outputs, T3Spelling.VOL_STAT));
		if (unit.isVolumeSlicing()) {
			T3Slices slices = new T3Slices(unit);
			slices.read(require(outputs, T3Spelling.VOLSLICE_LIST), require(outputs, T3Spelling.LUN_MAP_LIST));
			// captures made before masking was read have no lun perm list: their LUNs show no masking
			String lunPermList = outputs.get(T3Spelling.LUN_PERM_LIST.template());
			if (lunPermList != null) {
				slices.readMasking(lunPermList);
			}
		}
		readPorts(unit, require(outputs, T3Spelling.PORT_LIST));
		sizeUnknownDisks(disks, sizeFromVolumes);
		return unit;
	}

	private static String require(Map<String, String> outputs, T3Spelling command) throws DiscoveryException {
		String output = outputs.get(command.template());
		if (output == null) {
			throw new DiscoveryException("discovery needs the output of '" + command.template() + "'");
		}
		return output;
	}

	private void readDisks(StorageUnit unit, ArrayModel model, String fruList) throws DiscoveryException {
		for (String line : T3Output.lines(fruList)) {
			String[] c = T3Output.columns(line);
			if (!DiskNames.isDisk(c[0])) {
				continue;
			}
			int trayNumber = DiskNames.tray(c[0]);
			int slot = DiskNames.slot(c[0]);
			if (trayNumber < 1 || trayNumber > model.maxTrays() || slot < 1 || slot > model.disksPerTray()) {
				throw new DiscoveryException("fru list shows disk " + c[0] + ", which a " + model.id() + " of at most "
						+ model.maxTrays() + " trays of " + model.disksPerTray() + " disks has not: '" + line.strip() + "'");
			}
			while (unit.getTrays().size() < trayNumber) {
				int n = unit.getTrays().size() + 1;
				Tray tray = SiteBuilder.identify(F.createTray(), unit.getId() + "-u" + n, "u" + n);
				tray.setNumber(n);
				unit.getTrays().add(tray);
			}
			Disk disk = SiteBuilder.identify(F.createDisk(), unit.getId() + "-" + c[0], c[0]);
			disk.setSlot(slot);
			disk.setSize(sizeFromModel(model, line));
			unit.getTrays().get(trayNumber - 1).getDisks().add(disk);
		}
		if (unit.getTrays().isEmpty()) {
			throw new DiscoveryException("fru list shows no disk drives (" + T3Output.lines(fruList).size() + " lines)");
		}
	}

	/**
	 * Seagate's Sun part names carry the size after "ST3" (ST336704FSUN is 36 GB, ST3146807FC 146 GB): the
	 * catalog size whose whole gigabytes begin those digits. Other vendors give 0, sized later from volumes.
	 */
	private static long sizeFromModel(ArrayModel model, String line) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bST3(\\d{2,3})").matcher(line);
		if (!m.find()) {
			return 0L;
		}
		long best = 0L;
		int bestLength = 0;
		for (long size : model.diskSizes()) {
			String whole = Long.toString(size / 1_000_000_000L);
			if (m.group(1).startsWith(whole) && whole.length() > bestLength) {
				best = size;
				bestLength = whole.length();
			}
		}
		return best;
	}

	private static Map<String, Disk> disksByName(StorageUnit unit) {
		Map<String, Disk> disks = new HashMap<>();
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				disks.put(disk.getName(), disk);
			}
		}
		return disks;
	}

	private static void readPorts(StorageUnit unit, String portList) {
		for (String line : T3Output.lines(portList)) {
			String[] c = T3Output.columns(line);
			if (c.length < 2 || !c[0].matches("u\\d+p\\d+")) {
				continue;
			}
			Port port = SiteBuilder.identify(F.createPort(), unit.getId() + "-" + c[0], c[0]);
			port.setKind(ChannelKind.FIBRE_CHANNEL);
			port.setAddress(c[c.length - 1]);
			unit.getPorts().add(port);
		}
	}

	/**
	 * Disks whose part name told no size (another vendor's drive) take a sibling's size, else the size the
	 * first volume's listed capacity implies.
	 */
	private static void sizeUnknownDisks(Map<String, Disk> disks, long sizeFromVolumes) {
		long known = disks.values().stream().mapToLong(Disk::getSize).filter(s -> s > 0).findFirst()
				.orElse(sizeFromVolumes);
		disks.values().stream().filter(d -> d.getSize() == 0).forEach(d -> d.setSize(known));
	}
}
