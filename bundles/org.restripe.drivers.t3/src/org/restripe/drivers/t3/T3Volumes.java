package org.restripe.drivers.t3;

import java.util.List;
import java.util.Map;

import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.Disk;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.SiteBuilder;

/**
 * Reads {@code vol list} (volume, capacity with its unit, raid, data disks, optional standby) and
 * {@code vol stat} (a line of the volume's name and disk ids, then a line of its state and one status code
 * a disk).
 */
final class T3Volumes {
	private final StorageUnit unit;
	private final Map<String, Disk> disks;

	T3Volumes(StorageUnit unit, Map<String, Disk> disks) {
		this.unit = unit;
		this.disks = disks;
	}

	/** Reads the volumes; returns the disk size the first volume's capacity implies (0 without volumes). */
	long read(String volList, String volStat) throws DiscoveryException {
		long impliedDiskSize = 0L;
		for (String line : T3Output.lines(volList)) {
			String[] c = T3Output.columns(line);
			if (c[0].equals("volume")) {
				continue;
			}
			if (c.length < 5) {
				throw new DiscoveryException("vol list line has too few columns: '" + line.strip() + "'");
			}
			Volume volume = volume(c, line);
			long capacity = capacity(c[1], c[2], line);
			if (impliedDiskSize == 0L) {
				impliedDiskSize = diskSize(volume.getRaidLevel(), volume.getDataDisks().size(), capacity);
			}
		}
		readStates(volStat);
		return impliedDiskSize;
	}

	private Volume volume(String[] c, String line) throws DiscoveryException {
		RaidLevel level = c[3].matches("\\d") ? RaidLevel.get(Integer.parseInt(c[3])) : null;
		if (level == null) {
			throw new DiscoveryException("vol list shows an unknown RAID level '" + c[3] + "': '" + line.strip() + "'");
		}
		if (find(c[0]) != null) {
			throw new DiscoveryException("vol list shows volume " + c[0] + " twice: '" + line.strip() + "'");
		}
		List<Disk> data = new java.util.ArrayList<>();
		for (String name : diskNames(c[4], line)) {
			data.add(disk(name, line));
		}
		Disk standby = c.length > 5 && !c[5].equals("-") ? disk(c[5], line) : null;
		Volume volume = SiteBuilder.volume(unit, c[0], level, data, standby);
		// vol stat says the real state; until then a listed volume is at least defined
		volume.setState(VolumeState.UNINITIALIZED);
		return volume;
	}

	private static List<String> diskNames(String text, String line) throws DiscoveryException {
		try {
			return DiskNames.expand(text);
		} catch (IllegalArgumentException e) {
			throw new DiscoveryException("vol list data disks '" + text + "' are " + e.getMessage() + ": '"
					+ line.strip() + "'");
		}
	}

	private Disk disk(String name, String line) throws DiscoveryException {
		Disk disk = disks.get(name);
		if (disk == null) {
			throw new DiscoveryException("vol list names disk " + name + " that fru list does not show: '"
					+ line.strip() + "'");
		}
		return disk;
	}

	private static long capacity(String number, String unitWord, String line) throws DiscoveryException {
		double factor = switch (unitWord.toUpperCase()) {
		case "GB" -> 1e9;
		case "MB" -> 1e6;
		case "TB" -> 1e12;
		default -> throw new DiscoveryException("vol list capacity unit '" + unitWord + "': '" + line.strip() + "'");
		};
		if (!number.matches("\\d{1,9}(\\.\\d{1,6})?")) {
			throw new DiscoveryException("vol list capacity '" + number + "' is not a number: '" + line.strip() + "'");
		}
		return Math.round(Double.parseDouble(number) * factor);
	}

	private static long diskSize(RaidLevel level, int disks, long capacity) {
		int share = switch (level) {
		case RAID0 -> disks * 2;
		case RAID1 -> disks;
		case RAID5 -> (disks - 1) * 2;
		};
		// disk sizes are quoted to 100 MB (36.4 GB): round to that
		return share == 0 ? 0L : Math.round(capacity * 2.0 / share / 1e8) * 100_000_000L;
	}

	private void readStates(String volStat) throws DiscoveryException {
		Volume pending = null;
		for (String line : T3Output.lines(volStat)) {
			String[] c = T3Output.columns(line);
			Volume named = find(c[0]);
			if (named != null && !Character.isWhitespace(line.charAt(0))) {
				pending = named;
			} else if (pending != null) {
				VolumeState state = VolumeState.get(c[0]);
				if (state == null) {
					throw new DiscoveryException("vol stat shows an unknown state '" + c[0] + "' for "
							+ pending.getName() + ": '" + line.strip() + "'");
				}
				pending.setState(state);
				pending = null;
			}
		}
	}

	private Volume find(String name) {
		for (Volume volume : unit.getVolumes()) {
			if (volume.getName().equals(name)) {
				return volume;
			}
		}
		return null;
	}
}
