package org.restripe.model.samples;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.restripe.model.Disk;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.ManagementHost;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.DeviceCatalog;

/**
 * Generates large sites for benchmarks and stress tests: subsystems of two hosts each, 6120 arrays
 * with two 6-disk volumes a tray (slot 13 unassigned, slot 14 hot spare), every volume cut into LUNs
 * mapped to the subsystem's hosts in turn. The same parameters and seed give the same site, ids
 * included. Counts beyond the catalog's limits are generated as asked (the review then flags them);
 * {@link #withinCatalog(int)} makes a site of a given size that passes review.
 */
public final class LargeSiteGenerator {

	private static final int VOLUMES_PER_TRAY = 2;
	private static final int DISKS_PER_VOLUME = 6;
	private static final long MB = 1_000_000L;

	private final int subsystems;
	private final int arraysPerSubsystem;
	private final int volumesPerArray;
	private final int lunsPerVolume;

	/** Volumes a catalog-valid array carries: two trays of two volumes. */
	public static final int VALID_VOLUMES_PER_ARRAY = 4;
	/** LUNs a volume of a catalog-valid array is cut into: 4 x 16 = 64, the 6120's slice limit. */
	public static final int VALID_LUNS_PER_VOLUME = 16;
	private static final int MAX_ARRAYS_PER_SUBSYSTEM = 160;

	/**
	 * A generator of a site of at least {@code luns} LUNs (rounded up to whole arrays) that the technical
	 * review passes: 6120s of 64 LUN slices each (the catalog's limit), at most 160 arrays a subsystem.
	 */
	public static LargeSiteGenerator withinCatalog(int luns) {
		if (luns < 1) {
			throw new IllegalArgumentException("A site needs at least one LUN");
		}
		int perArray = VALID_VOLUMES_PER_ARRAY * VALID_LUNS_PER_VOLUME;
		int arrays = (luns + perArray - 1) / perArray;
		int subsystems = (arrays + MAX_ARRAYS_PER_SUBSYSTEM - 1) / MAX_ARRAYS_PER_SUBSYSTEM;
		int arraysPerSubsystem = (arrays + subsystems - 1) / subsystems;
		return new LargeSiteGenerator(subsystems, arraysPerSubsystem, VALID_VOLUMES_PER_ARRAY, VALID_LUNS_PER_VOLUME);
	}

	/** LUNs the generated site will hold. */
	public long lunCount() {
		return (long) subsystems * arraysPerSubsystem * volumesPerArray * lunsPerVolume;
	}

	public LargeSiteGenerator(int subsystems, int arraysPerSubsystem, int volumesPerArray, int lunsPerVolume) {
		if (subsystems < 1 || arraysPerSubsystem < 1 || volumesPerArray < 1 || lunsPerVolume < 1) {
			throw new IllegalArgumentException("All counts must be at least 1");
		}
		this.subsystems = subsystems;
		this.arraysPerSubsystem = arraysPerSubsystem;
		this.volumesPerArray = volumesPerArray;
		this.lunsPerVolume = lunsPerVolume;
	}

	/** Model objects the generated site will hold, the site itself included. */
	public long objectCount() {
		long trays = (volumesPerArray + VOLUMES_PER_TRAY - 1) / VOLUMES_PER_TRAY;
		ArrayModel model = DeviceCatalog.standard().get("6120");
		long perArray = 1 + 1 + 1 + trays * (1 + model.disksPerTray() + model.portsPerTray()) + volumesPerArray
				+ 2L * volumesPerArray * lunsPerVolume;
		return 1 + 2 + 1 + 1 + subsystems * (1 + 2 + arraysPerSubsystem * perArray);
	}

	public Site generate(long seed) {
		Random random = new Random(seed);
		ArrayModel model = DeviceCatalog.standard().get("6120");
		Site site = SiteBuilder.site("large", "Generated site " + subsystems + "x" + arraysPerSubsystem + "x"
				+ volumesPerArray + "x" + lunsPerVolume + " seed " + seed, "Benchmark customer");
		var prod = SiteBuilder.lan(site, "lan-prod", "Production LAN", "10.0.0.0/16");
		var mgmt = SiteBuilder.lan(site, "lan-mgmt", "Storage management LAN", "10.1.0.0/16");
		ManagementHost manager = SiteBuilder.managementHost(site, "mgmt", "storemgr", "10.1.0.2", mgmt);
		SiteBuilder.modem(site, "modem", "dialback", "+1 555 0100", "+1 555 0199");
		for (int s = 1; s <= subsystems; s++) {
			String sid = "s" + s;
			Host h1 = SiteBuilder.host(site, sid + "-h1", "host" + s + "a", "Solaris 9", prod);
			Host h2 = SiteBuilder.host(site, sid + "-h2", "host" + s + "b", "Solaris 9", prod);
			// invented QLogic-style HBA WWNs, so the arrays' LUN masking has initiators to grant
			h1.getHbaWwns().add(String.format(Locale.ROOT, "210000e08b%04x01", s));
			h2.getHbaWwns().add(String.format(Locale.ROOT, "210000e08b%04x02", s));
			Subsystem subsystem = SiteBuilder.subsystem(site, sid, "Subsystem " + s, h1, h2);
			for (int a = 1; a <= arraysPerSubsystem; a++) {
				StorageUnit unit = array(subsystem, model, sid + "-a" + a, random, List.of(h1, h2));
				SiteBuilder.console(manager, "/dev/term/" + s + "-" + a, unit);
			}
		}
		return site;
	}

	private StorageUnit array(Subsystem subsystem, ArrayModel model, String id, Random random, List<Host> hosts) {
		int trays = (volumesPerArray + VOLUMES_PER_TRAY - 1) / VOLUMES_PER_TRAY;
		long diskSize = model.diskSizes().get(random.nextInt(model.diskSizes().size()));
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, model, id, id, trays, diskSize);
		unit.setFirmware("6120 Release 3.1.0");
		unit.setVolumeSlicing(true);
		List<Port> ports = unit.getPorts();
		for (int p = 0; p < ports.size(); p++) {
			ports.get(p).setHost(hosts.get(p % hosts.size()));
		}
		int[] nextLunNumber = new int[hosts.size()];
		for (int v = 0; v < volumesPerArray; v++) {
			int tray = v / VOLUMES_PER_TRAY + 1;
			int first = (v % VOLUMES_PER_TRAY) * DISKS_PER_VOLUME + 1;
			List<Disk> data = SiteBuilder.disks(unit, tray, first, first + DISKS_PER_VOLUME - 1);
			RaidLevel level = raidLevel(random);
			// a RAID 0 volume cannot be rebuilt, so it gets no standby
			Disk spare = level == RaidLevel.RAID0 ? null : SiteBuilder.disk(unit, tray, model.disksPerTray());
			Volume volume = SiteBuilder.volume(unit, "v" + v, level, data, spare);
			long share = volume.getCapacity() / lunsPerVolume;
			for (int l = 0; l < lunsPerVolume; l++) {
				long size = Math.max(MB, (share / 2 + (long) (random.nextDouble() * share / 2)) / MB * MB);
				Lun lun = SiteBuilder.lun(unit, "v" + v + "l" + l, volume, size);
				int h = (v * lunsPerVolume + l) % hosts.size();
				SiteBuilder.map(unit, lun, hosts.get(h), nextLunNumber[h]++);
			}
		}
		return unit;
	}

	private static RaidLevel raidLevel(Random random) {
		int draw = random.nextInt(10);
		return draw < 7 ? RaidLevel.RAID5 : draw < 9 ? RaidLevel.RAID1 : RaidLevel.RAID0;
	}
}
