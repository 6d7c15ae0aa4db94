package org.restripe.simulator.array;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.restripe.drivers.api.LunMasking;
import org.restripe.model.LunMapping;

/**
 * LUN masking of a sliced array ({@code lun perm}): per mapped LUN number, the WWNs given read-write,
 * read-only or no access; every other initiator gets the LUN's default, read-write as the array ships
 * (reconstructed: no public screen of {@code lun perm list} was found). A site's mappings start granted to
 * their hosts' HBA WWNs, as the design has them; the grants go with the LUN's mapping.
 */
public final class LunPermissions {
	static final String DEFAULT_ACCESS = "rw";
	private final StorageArray array;
	private final Map<Integer, Map<String, String>> byLun = new TreeMap<>();

	LunPermissions(StorageArray array) {
		this.array = array;
		for (LunMapping m : array.unit().getMappings()) {
			LunMasking.wwnsOf(m).forEach(w -> byLun.computeIfAbsent(m.getLunNumber(), k -> new TreeMap<>()).put(w, "rw"));
		}
	}

	/** {@code lun perm lun N rw|ro|none wwn WWN}. */
	public void permit(String lunNumber, String access, String wwn) throws ArrayCommandException {
		synchronized (array) {
			if (!array.unit().isVolumeSlicing()) {
				throw new ArrayCommandException("Error: volume slicing is not enabled (sys enable_volslice on)");
			}
			if (!List.of("rw", "ro", "none").contains(access)) {
				throw new ArrayCommandException("Error: invalid permission " + access + ", expected one of rw ro none");
			}
			String normal = LunMasking.normal(wwn);
			if (!LunMasking.isWwn(normal)) {
				throw new ArrayCommandException("Error: invalid WWN " + wwn + " (16 hexadecimal digits)");
			}
			int number = mappedNumber(lunNumber);
			byLun.computeIfAbsent(number, k -> new TreeMap<>()).put(normal, access);
			array.changed();
		}
	}

	/** The LUN's mapping is gone: so are its grants. */
	void forget(int lunNumber) {
		byLun.remove(lunNumber);
	}

	/** What one WWN may do with a LUN: its own grant, else the default. */
	String access(int lunNumber, String wwn) {
		return byLun.getOrDefault(lunNumber, Map.of()).getOrDefault(LunMasking.normal(wwn), DEFAULT_ACCESS);
	}

	/** {@code lun perm list}: per mapped LUN its default line, then one line a WWN with a grant of its own. */
	List<String> screen() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-8s%-8s%-20s%-14s%-14s%-12s%s", "lun", "slice", "WWN", "Group Name",
				"Group Perm", "WWN Perm", "Effective Perm"));
		lines.add("-".repeat(90));
		array.unit().getMappings().stream().filter(m -> m.getLun() != null)
				.sorted(java.util.Comparator.comparingInt(LunMapping::getLunNumber)).forEach(m -> {
					int slice = array.slices().number(m.getLun());
					lines.add(row(m.getLunNumber(), slice, "default", DEFAULT_ACCESS));
					byLun.getOrDefault(m.getLunNumber(), Map.of())
							.forEach((wwn, access) -> lines.add(row(m.getLunNumber(), slice, wwn, access)));
				});
		return lines;
	}

	private static String row(int lun, int slice, String wwn, String access) {
		return String.format(Locale.ROOT, "%-8d%-8d%-20s%-14s%-14s%-12s%s", lun, slice, wwn, "--", "--", access, access);
	}

	private int mappedNumber(String lunNumber) throws ArrayCommandException {
		if (lunNumber.matches("\\d{1,3}")) {
			int number = Integer.parseInt(lunNumber);
			if (array.unit().getMappings().stream().anyMatch(m -> m.getLunNumber() == number)) {
				return number;
			}
		}
		throw new ArrayCommandException("Error: LUN " + lunNumber + " is not mapped");
	}
}
