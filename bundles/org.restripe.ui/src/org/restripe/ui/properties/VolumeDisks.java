package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.RaidLimits;

/**
 * A volume's disks as the engineer picks them: the data disks typed by name ("u1d1-u1d8, u2d1"), the hot
 * standby chosen among the array's disks. Free disks (in no volume) are offered; a disk of another volume is
 * refused by name, and a standby may be shared by the volumes of a tray as the array allows.
 */
final class VolumeDisks {
	private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("u(\\d+)d(\\d+)-u?(\\d+)?d?(\\d+)");

	private final Volume volume;
	private final StorageUnit unit;

	VolumeDisks(Volume volume) {
		this.volume = volume;
		this.unit = (StorageUnit) volume.eContainer();
	}

	private List<Disk> allDisks() {
		return unit.getTrays().stream().flatMap(t -> t.getDisks().stream()).toList();
	}

	/** Disks in no volume, neither data nor standby. */
	List<Disk> free() {
		Set<Disk> used = new LinkedHashSet<>();
		for (Volume v : unit.getVolumes()) {
			used.addAll(v.getDataDisks());
			if (v.getStandby() != null) {
				used.add(v.getStandby());
			}
		}
		return allDisks().stream().filter(d -> !used.contains(d)).toList();
	}

	/** What the standby may be: none, the current one, another volume's standby (shared) or a free disk. */
	List<Disk> standbyChoices() {
		ArrayModel model = ArrayLimits.modelOf(unit).orElse(null);
		List<Disk> choices = new ArrayList<>();
		choices.add(null);
		for (Disk disk : allDisks()) {
			boolean data = unit.getVolumes().stream().anyMatch(v -> v.getDataDisks().contains(disk));
			boolean slotFits = model == null || model.hotSpareSlot() == 0 || disk.getSlot() == model.hotSpareSlot();
			if (!data && slotFits || disk == volume.getStandby()) {
				choices.add(disk);
			}
		}
		return choices;
	}

	void setStandby(Disk standby) {
		Disk old = volume.getStandby();
		volume.setStandby(standby);
		if (old != null && unit.getVolumes().stream().noneMatch(v -> v.getStandby() == old)) {
			old.setRole(DiskRole.UNASSIGNED);
		}
		if (standby != null) {
			standby.setRole(DiskRole.STANDBY_DISK);
		}
	}

	/** "u1d1-u1d8": consecutive slots of a tray as one range, in the volume's order. */
	static String names(List<Disk> disks) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < disks.size()) {
			int j = i;
			while (j + 1 < disks.size() && disks.get(j + 1).eContainer() == disks.get(i).eContainer()
					&& disks.get(j + 1).getSlot() == disks.get(j).getSlot() + 1) {
				j++;
			}
			parts.add(j > i + 1 ? disks.get(i).getName() + "-" + disks.get(j).getName()
					: disks.subList(i, j + 1).stream().map(Disk::getName).collect(Collectors.joining(", ")));
			i = j + 1;
		}
		return String.join(", ", parts);
	}

	/** Null when the typed names make the volume's data disks, else what is wrong and what is free. */
	String problem(String field, String typed) {
		List<Disk> picked = new ArrayList<>();
		for (String name : typed.split("[,\\s]+")) {
			if (name.isBlank()) {
				continue;
			}
			List<Disk> found = resolve(name.trim());
			if (found.isEmpty()) {
				return field + ": " + unit.getName() + " has no disk " + name.trim() + offer();
			}
			picked.addAll(found);
		}
		for (Disk disk : picked) {
			Volume other = unit.getVolumes().stream().filter(v -> v != volume
					&& (v.getDataDisks().contains(disk) || v.getStandby() == disk)).findFirst().orElse(null);
			if (other != null) {
				return field + ": " + disk.getName() + " belongs to volume " + other.getName() + offer();
			}
			if (disk == volume.getStandby()) {
				return field + ": " + disk.getName() + " is the standby of this volume; choose another standby first" + offer();
			}
		}
		if (new LinkedHashSet<>(picked).size() != picked.size()) {
			return field + ": a disk is named twice";
		}
		return countProblem(field, picked.size());
	}

	private String countProblem(String field, int count) {
		RaidLimits limits = ArrayLimits.modelOf(unit).map(m -> m.raid().get(volume.getRaidLevel())).orElse(null);
		if (limits != null && (count < limits.minDisks() || count > limits.maxDisks())) {
			return field + ": RAID " + volume.getRaidLevel().getValue() + " takes " + limits.minDisks() + " to "
					+ limits.maxDisks() + " disks, not " + count + offer();
		}
		return count == 0 ? field + ": a volume needs disks" + offer() : null;
	}

	private String offer() {
		List<Disk> free = free();
		return free.isEmpty() ? " (no disk is free)" : " (free: " + names(free) + ")";
	}

	/** Sets the typed disks as the volume's data disks; the disks left out become unassigned. */
	void setDataDisks(String typed) {
		List<Disk> picked = new ArrayList<>();
		for (String name : typed.split("[,\\s]+")) {
			if (!name.isBlank()) {
				picked.addAll(resolve(name.trim()));
			}
		}
		volume.getDataDisks().forEach(d -> d.setRole(DiskRole.UNASSIGNED));
		volume.getDataDisks().clear();
		volume.getDataDisks().addAll(picked);
		picked.forEach(d -> d.setRole(DiskRole.DATA_DISK));
	}

	/** One disk by name, or a range "u1d1-u1d8" of one tray's slots; empty if no such disk. */
	private List<Disk> resolve(String name) {
		var m = RANGE.matcher(name);
		if (m.matches()) {
			int tray = Integer.parseInt(m.group(1));
			int from = Integer.parseInt(m.group(2));
			int to = Integer.parseInt(m.group(4));
			Tray t = unit.getTrays().stream().filter(x -> x.getNumber() == tray).findFirst().orElse(null);
			List<Disk> range = t == null ? List.of()
					: t.getDisks().stream().filter(d -> d.getSlot() >= from && d.getSlot() <= to).toList();
			return range.size() == to - from + 1 ? range : List.of();
		}
		return allDisks().stream().filter(d -> name.equalsIgnoreCase(d.getName())).limit(1).toList();
	}
}
