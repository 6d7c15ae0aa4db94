package org.restripe.simulator.array;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.model.Disk;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;

/**
 * The array's disk name syntax: {@code u1d3}, ranges {@code u1d1-8} (6120: {@code u1d01-07}) and
 * comma lists of either. Ranges never cross a tray, as on the array.
 */
final class DiskNames {
	private static final Pattern ITEM = Pattern.compile("u(\\d+)d(\\d+)(?:-(\\d+))?");

	private DiskNames() {
	}

	static List<Disk> resolve(StorageUnit unit, String spec) throws ArrayCommandException {
		List<Disk> result = new ArrayList<>();
		for (String item : spec.split(",")) {
			Matcher m = ITEM.matcher(item);
			if (!m.matches()) {
				throw new ArrayCommandException("Error: invalid drive specification " + spec);
			}
			int tray = Integer.parseInt(m.group(1));
			int from = Integer.parseInt(m.group(2));
			int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
			if (to < from) {
				throw new ArrayCommandException("Error: invalid drive range " + item);
			}
			for (int slot = from; slot <= to; slot++) {
				result.add(find(unit, tray, slot, spec));
			}
		}
		return result;
	}

	static Disk find(StorageUnit unit, int trayNumber, int slot, String spec) throws ArrayCommandException {
		for (Tray tray : unit.getTrays()) {
			if (tray.getNumber() != trayNumber) {
				continue;
			}
			for (Disk disk : tray.getDisks()) {
				if (disk.getSlot() == slot) {
					return disk;
				}
			}
		}
		throw new ArrayCommandException("Error: drive does not exist: " + spec);
	}

	/** Disks of one tray listed the way vol list does: consecutive slots collapse to u1d1-8. */
	static String compact(List<Disk> disks) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < disks.size()) {
			int j = i;
			while (j + 1 < disks.size() && tray(disks.get(j + 1)) == tray(disks.get(i))
					&& disks.get(j + 1).getSlot() == disks.get(j).getSlot() + 1) {
				j++;
			}
			if (out.length() > 0) {
				out.append(',');
			}
			out.append(disks.get(i).getName());
			if (j > i) {
				String last = disks.get(j).getName();
				out.append('-').append(last.substring(last.lastIndexOf('d') + 1));
			}
			i = j + 1;
		}
		return out.toString();
	}

	static int tray(Disk disk) {
		return ((Tray) disk.eContainer()).getNumber();
	}
}
