package org.restripe.simulator.array;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;

/**
 * What the T3 prints for its read commands, column for column. Each method returns the lines of one
 * screen without the prompt; the shell adds CR LF. Layouts follow the T3/T3+ administrator's guides.
 */
final class T3Screens {
	/** vol stat status codes under each drive: 0 ok, 4 disabled (failed), 5 substituted by the standby. */
	static final int DRIVE_OK = 0;
	static final int DRIVE_DISABLED = 4;
	static final int DRIVE_SUBSTITUTED = 5;

	private T3Screens() {
	}

	static List<String> volList(StorageArray array) {
		return volList(array, array.volumes());
	}

	/** {@code vol list} of the given volumes only ({@code vol list NAME}). */
	static List<String> volList(StorageArray array, List<Volume> volumes) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-16s%10s %4s %-10s %s", "volume", "capacity", "raid", "data", "standby"));
		// the T3/T3+ firmware prints one decimal, the 6120 three
		String capacity = array.model().diskDigits() == 2 ? "%.3f GB" : "%.1f GB";
		for (Volume v : volumes) {
			lines.add(String.format(Locale.ROOT, "%-16s%10s %4d %-10s %s", v.getName(),
					String.format(Locale.ROOT, capacity, v.getCapacity() / 1e9), v.getRaidLevel().getValue(),
					DiskNames.compact(v.getDataDisks()), v.getStandby() == null ? "-" : v.getStandby().getName()));
		}
		return lines;
	}

	/** Per volume: the name and its drives, then its state and a status code under every drive. */
	static List<String> volStat(StorageArray array) {
		return volStat(array, array.volumes());
	}

	/**
	 * {@code vol stat} of the given volumes only ({@code vol stat NAME}): the name, then the disk ids from
	 * column 14 every 7 columns; the state from column 0 with each disk's status digit under the tray digit
	 * of its id; no blank line between volumes (the column rule of issue 13, no screen found). The progress
	 * line of a running operation is the simulator's own (unverified); proc list shows the same figure.
	 */
	static List<String> volStat(StorageArray array, List<Volume> volumes) {
		List<String> lines = new ArrayList<>();
		for (Volume v : volumes) {
			List<Disk> disks = new ArrayList<>(v.getDataDisks());
			if (v.getStandby() != null) {
				disks.add(v.getStandby());
			}
			StringBuilder names = new StringBuilder(String.format("%-14s", v.getName()));
			StringBuilder codes = new StringBuilder(String.format("%-15s", v.getState().getLiteral()));
			for (Disk d : disks) {
				names.append(String.format("%-7s", d.getName()));
				codes.append(String.format("%-7d", driveCode(array, d)));
			}
			lines.add(names.toString().stripTrailing());
			lines.add(codes.toString().stripTrailing());
			if (v.getOperation() != null && v.getOperation() != VolumeOperation.NONE) {
				lines.add(" " + operation(v.getOperation()) + " " + v.getProgress() + "%");
			}
		}
		return lines;
	}

	/** How the array names a running volume operation in vol stat (and proc list). */
	static String operation(VolumeOperation op) {
		return switch (op) {
		case INITIALIZING -> "initializing";
		case RECONSTRUCTING -> "reconstructing";
		case RECONSTRUCTING_TO_STANDBY -> "reconstructing to standby";
		case COPYING_FROM_STANDBY -> "copying from standby";
		case COPYING_TO_STANDBY -> "copying to standby";
		case VERIFYING -> "verifying";
		default -> "none";
		};
	}

	private static int driveCode(StorageArray array, Disk d) {
		if (d.getStatus() != FruStatus.READY) {
			return DRIVE_DISABLED;
		}
		return array.unit().getTrays().stream().flatMap(t -> t.getDisks().stream())
				.anyMatch(failed -> array.substituteFor(failed) == d) ? DRIVE_SUBSTITUTED : DRIVE_OK;
	}

	/** {@code volslice list}: slice name, slice number, start block, size in blocks, capacity, volume. */
	static List<String> volsliceList(StorageArray array) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-14s%-14s%-14s%-14s%-14s%s", "Slice", "Slice Num", "Start Blk", "Size Blks",
				"Capacity", "Volume"));
		VolumeSlices slices = array.slices();
		for (Lun slice : slices.slices()) {
			lines.add(String.format(Locale.ROOT, "%-14s%-14d%-14d%-14d%-14s%s", slice.getName(), slices.number(slice),
					slices.startBlock(slice), VolumeSlices.blocks(slice), VolumeSlices.capacity(slice),
					slice.getVolume() == null ? "-" : slice.getVolume().getName()));
		}
		return lines;
	}

	/** {@code lun map list}: each mapped LUN number and the number of the slice it presents. */
	static List<String> lunMapList(StorageArray array) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-14s%s", "Lun No", "Slice No"));
		lines.add("----------------------------");
		array.unit().getMappings().stream().sorted(java.util.Comparator.comparingInt(LunMapping::getLunNumber))
				.filter(m -> m.getLun() != null)
				.forEach(m -> lines.add(String.format("%-14d%d", m.getLunNumber(), array.slices().number(m.getLun()))));
		return lines;
	}

	static List<String> sysList(StorageUnit unit) {
		CacheSettings c = unit.getCache();
		List<String> lines = new ArrayList<>();
		boolean is6120 = unit.getCatalogModel().equals("6120");
		lines.add(setting("controller", "2.5"));
		lines.add(setting("blocksize", c.getBlockSize().getLiteral()));
		lines.add(setting("cache", c.getCacheMode().getLiteral()));
		lines.add(setting("mirror", c.getMirror().getLiteral()));
		lines.add(setting("mp_support", SystemSettings.multipathLiteral(c.getMultipath())));
		lines.add(setting("naca", "off"));
		lines.add(setting("rd_ahead", c.isReadAhead() ? "on" : "off"));
		lines.add(setting("recon_rate", c.getReconRate().getLiteral()));
		lines.add(setting("sys memsize", is6120 ? "512 MBytes" : "256 MBytes"));
		lines.add(setting("cache memsize", "1024 MBytes"));
		if (is6120) {
			lines.add(setting("fc_topology", "auto"));
			lines.add(setting("fc_speed", "2Gb"));
			lines.add(setting("disk_scrubber", "on"));
			lines.add(setting("ondg", "befit"));
		}
		// a T3+ on firmware 2.1 shows the setting once slicing was switched on
		if (is6120 || unit.isVolumeSlicing()) {
			lines.add(setting("enable_volslice", unit.isVolumeSlicing() ? "on" : "off"));
		}
		return lines;
	}

	private static String setting(String name, String value) {
		return String.format("%-18s : %s", name, value);
	}

	/**
	 * {@code fru list}: every tray's controller, then every disk, loop card, power/cooling unit and mid plane,
	 * type by type across the trays, as field service manual 816-4774-10 lists a partner group (controllers,
	 * disks and loop cards seen there; the order of the rest follows them, unverified).
	 */
	static List<String> fruList(StorageArray array) {
		List<String> lines = new ArrayList<>();
		lines.add(fru("ID", "TYPE", "VENDOR", "MODEL", "REVISION", "SERIAL"));
		lines.add("------  -----------------    -----------  -----------  -----------  --------");
		boolean is6120 = array.model().diskDigits() == 2;
		List<Tray> trays = array.unit().getTrays();
		for (Tray tray : trays) {
			lines.add(fru(unitName(tray) + "ctr", "controller card", "0301", is6120 ? "501-6484-03(" : "501-5710-02(",
					is6120 ? "0100" : "020100", serial(tray, 1)));
		}
		for (Tray tray : trays) {
			for (Disk d : tray.getDisks()) {
				lines.add(fru(d.getName(), "disk drive", "SEAGATE", driveModel(d), is6120 ? "0407" : "A726",
						serial(tray, 10 + d.getSlot())));
			}
		}
		for (Tray tray : trays) {
			for (int l = 1; l <= 2; l++) {
				lines.add(fru(unitName(tray) + "l" + l, "loop card", "SCI-SJ", is6120 ? "375-3174-03(" : "375-0085-01-",
						is6120 ? "3.04" : "5.02 Flash", serial(tray, 1 + l)));
			}
		}
		for (Tray tray : trays) {
			for (int p = 1; p <= 2; p++) {
				lines.add(fru(unitName(tray) + "pcu" + p, "power/cooling unit", is6120 ? "ASTEC" : "TECTROL-CAN",
						is6120 ? "300-1615-01(" : "300-1454-01(", "0000", serial(tray, 3 + p)));
			}
		}
		for (Tray tray : trays) {
			lines.add(fru(unitName(tray) + "mpn", "mid plane", "SCI-SJ", is6120 ? "370-5302-02(" : "375-0084-01-", "0000",
					serial(tray, 6)));
		}
		return lines;
	}

	private static String unitName(Tray tray) {
		return "u" + tray.getNumber();
	}

	private static String fru(String id, String type, String vendor, String model, String revision, String serial) {
		return String.format("%-7s %-20s %-12s %-12s %-12s %s", id, type, vendor, model, revision, serial);
	}

	private static String driveModel(Disk d) {
		return d.getSize() >= 70_000_000_000L ? "ST373307FSUN" : d.getSize() >= 30_000_000_000L ? "ST336704FSUN" : "ST318203FSUN";
	}

	/** Stable serial numbers derived from the tray's id, so two runs print the same inventory. */
	private static String serial(Tray tray, int part) {
		return String.format("%06X", (Math.abs(tray.getId().hashCode()) + part * 7919) & 0xFFFFFF);
	}

	/**
	 * {@code fru stat} as field service manual 816-0779-10 shows a partner group: the first tray's controller
	 * master and the second's alt master, each naming the other as partner; the loop cards listed from the
	 * last tray down, their cables installed between the trays (a lone tray shows "-"); temperatures in
	 * degrees, the power section's words.
	 */
	static List<String> fruStat(StorageArray array) {
		List<Tray> trays = array.unit().getTrays();
		boolean pair = trays.size() > 1;
		List<String> lines = new ArrayList<>();
		lines.add("CTLR    STATUS   STATE       ROLE        PARTNER    TEMP");
		lines.add("------  -------  ----------  ----------  -------    ----");
		for (Tray tray : trays) {
			String partner = !pair ? "-" : tray.getNumber() == 1 ? unitName(trays.get(1)) + "ctr" : "u1ctr";
			lines.add(String.format("%-7s %-8s %-11s %-11s %-10s %s", unitName(tray) + "ctr", "ready", "enabled",
					tray.getNumber() == 1 ? "master" : "alt master", partner, degrees(tray, 0, 34.5)));
		}
		lines.add("");
		lines.add("DISK    STATUS   STATE       ROLE        PORT1      PORT2      TEMP  VOLUME");
		lines.add("------  -------  ----------  ----------  ---------  ---------  ----  ------");
		for (Tray tray : trays) {
			for (Disk d : tray.getDisks()) {
				lines.add(diskStat(array, d));
			}
		}
		lines.add("");
		lines.add("LOOP    STATUS   STATE       MODE        CABLE1     CABLE2     TEMP");
		lines.add("------  -------  ----------  -------     ---------  ---------  ----");
		for (int t = trays.size() - 1; t >= 0; t--) {
			Tray tray = trays.get(t);
			boolean first = tray.getNumber() == 1;
			String cable1 = pair && !first ? "installed" : "-";
			String cable2 = pair && first ? "installed" : "-";
			for (int l = 1; l <= 2; l++) {
				lines.add(String.format("%-7s %-8s %-11s %-11s %-10s %-10s %s", unitName(tray) + "l" + l, "ready",
						"enabled", l == 1 ? "master" : "slave", cable1, cable2, degrees(tray, l, 30.0)));
			}
		}
		lines.add("");
		lines.add("POWER   STATUS   STATE     SOURCE  OUTPUT  BATTERY  TEMP    FAN1    FAN2");
		lines.add("------  -------  --------- ------  ------  -------  ------  ------  ------");
		for (Tray tray : trays) {
			for (int p = 1; p <= 2; p++) {
				lines.add(String.format("%-7s %-8s %-9s %-7s %-7s %-8s %-7s %-7s %s", unitName(tray) + "pcu" + p,
						"ready", "enabled", "line", "normal", "normal", "normal", "normal", "normal"));
			}
		}
		return lines;
	}

	/** A steady temperature for a part, half a degree apart from its neighbours (values the simulator's own). */
	private static String degrees(Tray tray, int part, double base) {
		return String.format(Locale.ROOT, "%.1f", base + ((tray.getNumber() + part) % 3) * 0.5);
	}

	private static String diskStat(StorageArray array, Disk d) {
		Volume volume = array.volumeOf(d);
		String state = d.getStatus() == FruStatus.READY ? "enabled" : array.substituteFor(d) != null ? "substituted" : "disabled";
		String role = d.getRole() == DiskRole.DATA_DISK ? "data disk" : d.getRole() == DiskRole.STANDBY_DISK ? "standby" : "unassigned";
		return String.format("%-7s %-8s %-11s %-11s %-10s %-10s %-5s %s", d.getName(), d.getStatus().getLiteral(), state, role,
				"ready", "ready", Integer.toString(30 + d.getSlot() % 5), volume == null ? "-" : volume.getName());
	}

	static List<String> portList(StorageUnit unit) {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add(String.format("%-6s %-10s %-11s %-8s %-6s %s", "port", "targetid", "addr_type", "status", "host", "wwn"));
		int target = 1;
		for (Port port : unit.getPorts()) {
			lines.add(String.format("%-6s %-10d %-11s %-8s %-6s %s", port.getName(), target++, "hard",
					port.getHost() == null ? "offline" : "online", port.getHost() == null ? "-" : "sun", wwn(unit, port)));
		}
		return lines;
	}

	private static String wwn(StorageUnit unit, Port port) {
		return String.format("50020f23%08x", (unit.getId() + port.getName()).hashCode());
	}

	static List<String> portListmap(StorageUnit unit) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-6s %-10s %-11s %-5s %-8s %-7s %s", "port", "targetid", "addr_type", "lun", "volume", "owner",
				"access"));
		int target = 1;
		for (Port port : unit.getPorts()) {
			for (LunMapping m : unit.getMappings()) {
				if (m.getLun() == null || m.getLun().getVolume() == null || (m.getPort() != null && m.getPort() != port)) {
					continue;
				}
				lines.add(String.format("%-6s %-10d %-11s %-5d %-8s %-7s %s", port.getName(), target, "hard", m.getLunNumber(),
						m.getLun().getVolume().getName(), port.getName().substring(0, 2), "primary"));
			}
			target++;
		}
		return lines;
	}
}
