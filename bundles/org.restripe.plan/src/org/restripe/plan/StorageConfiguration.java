package org.restripe.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.restripe.model.CacheSettings;
import org.restripe.model.CkdDevice;
import org.restripe.model.Disk;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * The configuration of a site's arrays as sorted lines of text, one an element, every reference by id:
 * two sites configure their arrays alike exactly when their lines are equal, whatever the order of their
 * lists or their diagram layout. Its SHA-256 binds a kit to the configuration it was computed from.
 * Run-time state (disk status and role, volume operation and progress) is left out: it is not configured.
 */
public final class StorageConfiguration {
	private final List<String> lines;

	private StorageConfiguration(List<String> lines) {
		this.lines = lines;
	}

	public static StorageConfiguration of(Site site) {
		List<StorageUnit> units = new ArrayList<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			units.addAll(subsystem.getStorageUnits());
		}
		return of(units);
	}

	/**
	 * The configuration of these arrays, each in the subsystem that holds it. Arrays are independent, so their
	 * lines are made on every core; the sorted result is the same whatever the scheduling.
	 */
	static StorageConfiguration of(List<StorageUnit> units) {
		String[] lines = units.parallelStream().flatMap(unit -> {
			List<String> own = new ArrayList<>();
			unitLines(unit, unit.eContainer() instanceof Subsystem ? Values.id((Subsystem) unit.eContainer()) : "", own);
			return own.stream();
		}).toArray(String[]::new);
		java.util.Arrays.parallelSort(lines);
		return new StorageConfiguration(java.util.Arrays.asList(lines));
	}

	private static void unitLines(StorageUnit u, String subsystem, List<String> lines) {
		String id = u.getId();
		lines.add(String.join("|", "unit", id, Values.nz(u.getName()), Values.nz(u.getCatalogModel()),
				Values.nz(u.getFirmware()), Values.nz(u.getAddress()), "slicing=" + u.isVolumeSlicing(), "in=" + subsystem));
		for (Tray t : u.getTrays()) {
			lines.add(String.join("|", "tray", t.getId(), id, Values.nz(t.getName()), Integer.toString(t.getNumber())));
			for (Disk d : t.getDisks()) {
				lines.add(String.join("|", "disk", d.getId(), t.getId(), Values.nz(d.getName()),
						Integer.toString(d.getSlot()), Long.toString(d.getSize())));
			}
		}
		for (Volume v : u.getVolumes()) {
			lines.add(String.join("|", "volume", v.getId(), id, Values.nz(v.getName()), String.valueOf(v.getRaidLevel()),
					v.getDataDisks().stream().map(Values::id).reduce((a, b) -> a + "," + b).orElse(""),
					Values.id(v.getStandby()), String.valueOf(v.getState())));
		}
		for (Lun l : u.getLuns()) {
			lines.add(String.join("|", "lun", l.getId(), id, Values.nz(l.getName()), Long.toString(l.getSize()),
					Values.id(l.getVolume())));
		}
		for (LunMapping m : u.getMappings()) {
			lines.add(String.join("|", "map", m.getId(), id, Values.nz(m.getName()), Values.id(m.getLun()),
					Values.id(m.getHost()), Integer.toString(m.getLunNumber()), Values.id(m.getPort())));
		}
		for (Port p : u.getPorts()) {
			lines.add(String.join("|", "port", p.getId(), id, Values.nz(p.getName()), String.valueOf(p.getKind()),
					Values.nz(p.getAddress()), Values.id(p.getHost())));
		}
		for (CkdDevice c : u.getCkdDevices()) {
			lines.add(String.join("|", "ckd", c.getId(), id, Values.nz(c.getName()), String.valueOf(c.getDeviceType()),
					Values.nz(c.getDeviceNumber()), Values.id(c.getVolume())));
		}
		CacheSettings c = u.getCache();
		if (c != null) {
			lines.add(String.join("|", "cache", c.getId(), id, Values.nz(c.getName()), String.valueOf(c.getBlockSize()),
					String.valueOf(c.getCacheMode()), String.valueOf(c.getMirror()), Boolean.toString(c.isReadAhead()),
					String.valueOf(c.getReconRate()), String.valueOf(c.getMultipath())));
		}
	}

	public List<String> lines() {
		return lines;
	}

	/** SHA-256 of the lines, lower-case hex. */
	public String sha256() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** The first few lines only one side has ("- " this side, "+ " the other); empty when equal. */
	public List<String> differences(StorageConfiguration other, int limit) {
		if (lines.equals(other.lines)) {
			return List.of(); // both sorted: one pass, no set of every line
		}
		Set<String> mine = new HashSet<>(lines);
		Set<String> theirs = new HashSet<>(other.lines);
		List<String> differences = new ArrayList<>();
		lines.stream().filter(l -> !theirs.contains(l)).limit(limit).forEach(l -> differences.add("- " + l));
		other.lines.stream().filter(l -> !mine.contains(l)).limit(limit).forEach(l -> differences.add("+ " + l));
		return differences;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StorageConfiguration && ((StorageConfiguration) o).lines.equals(lines);
	}

	@Override
	public int hashCode() {
		return lines.hashCode();
	}
}
