package org.restripe.drivers.t3;

import java.util.Map;

import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.StorageUnit;

/**
 * Reads {@code fru stat}: sections headed CTLR, DISK, LOOP, POWER, each a header line, a dashed rule and
 * one row a unit. Only the DISK section feeds the model (status and role of each disk).
 */
final class T3Tables {
	private final StorageUnit unit;
	private final Map<String, Disk> disks;

	T3Tables(StorageUnit unit, Map<String, Disk> disks) {
		this.unit = unit;
		this.disks = disks;
	}

	void readFruStat(String fruStat) throws DiscoveryException {
		String section = "";
		for (String line : T3Output.lines(fruStat)) {
			String[] c = T3Output.columns(line);
			if (c[0].matches("[A-Z]+") && c.length > 1 && c[1].equals("STATUS")) {
				section = c[0];
			} else if (section.equals("DISK") && DiskNames.isDisk(c[0])) {
				readDisk(line, c);
			}
		}
	}

	private void readDisk(String line, String[] c) throws DiscoveryException {
		Disk disk = disks.get(c[0]);
		if (disk == null) {
			throw new DiscoveryException("fru stat lists disk " + c[0] + " that fru list does not show on "
					+ unit.getId() + ": '" + line.strip() + "'");
		}
		if (c.length < 4) {
			throw new DiscoveryException("fru stat disk line too short: '" + line.strip() + "'");
		}
		disk.setStatus(status(c[1], line));
		// the role column is "data disk" (two words), "standby" or "unassigned"
		disk.setRole(switch (c[3]) {
		case "data" -> DiskRole.DATA_DISK;
		case "standby" -> DiskRole.STANDBY_DISK;
		default -> DiskRole.UNASSIGNED;
		});
	}

	private static FruStatus status(String word, String line) throws DiscoveryException {
		return switch (word) {
		case "ready" -> FruStatus.READY;
		case "fault", "failed" -> FruStatus.FAULT;
		case "offline" -> FruStatus.OFFLINE;
		case "booting" -> FruStatus.BOOTING;
		case "missing", "notInstalled", "not-installed" -> FruStatus.NOT_INSTALLED;
		default -> throw new DiscoveryException("fru stat shows an unknown disk status '" + word + "': '"
				+ line.strip() + "'");
		};
	}
}
