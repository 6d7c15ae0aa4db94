package org.restripe.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;

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
		return of(units(site));
	}

	/** The arrays of the site, subsystem by subsystem. */
	static List<StorageUnit> units(Site site) {
		List<StorageUnit> units = new ArrayList<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			units.addAll(subsystem.getStorageUnits());
		}
		return units;
	}

	/**
	 * The configuration of these arrays, each in the subsystem that holds it. The sorted lines of each kind
	 * come before those of the next ({@link Kind}), so they are made and sorted kind by kind; arrays are
	 * independent, so each kind's lines are made on every core; the result is the same whatever the scheduling.
	 */
	static StorageConfiguration of(List<StorageUnit> units) {
		List<String> lines = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			lines.addAll(java.util.Arrays.asList(sortedLines(units, kind)));
		}
		return new StorageConfiguration(lines);
	}

	/**
	 * SHA-256 of the site's configuration, the same as {@code of(site).sha256()}, holding the lines of one kind
	 * at a time rather than all of them (a million-LUN site has three million lines).
	 */
	public static String sha256Of(Site site) {
		List<StorageUnit> units = units(site);
		LineDigest digest = new LineDigest();
		for (Kind kind : Kind.values()) {
			for (String line : sortedLines(units, kind)) {
				digest.add(line);
			}
		}
		return digest.hex();
	}

	private static String[] sortedLines(List<StorageUnit> units, Kind kind) {
		String[] lines = units.parallelStream().flatMap(unit -> {
			List<String> own = new ArrayList<>();
			unitLines(unit, kind, own);
			return own.stream();
		}).toArray(String[]::new);
		java.util.Arrays.parallelSort(lines);
		return lines;
	}

	/** One array's lines in the order of its lists, unsorted (see {@link #sameLines}). */
	static List<String> linesOf(StorageUnit unit) {
		List<String> lines = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			unitLines(unit, kind, lines);
		}
		return lines;
	}

	/**
	 * The kinds of line, in the order of their names: no name is the start of another and each line starts with
	 * its kind's name and '|', so every line of one kind sorts before every line of the next.
	 */
	enum Kind {
		CACHE, CKD, DISK, LUN, MAP, PORT, TRAY, UNIT, VOLUME
	}

	private static String subsystemOf(StorageUnit u) {
		return u.eContainer() instanceof Subsystem ? Values.id((Subsystem) u.eContainer()) : "";
	}

	private static void unitLines(StorageUnit u, Kind kind, List<String> lines) {
		String id = u.getId();
		switch (kind) {
		case UNIT -> lines.add(String.join("|", "unit", id, Values.nz(u.getName()), Values.nz(u.getCatalogModel()),
				Values.nz(u.getFirmware()), Values.nz(u.getAddress()), "slicing=" + u.isVolumeSlicing(),
				"in=" + subsystemOf(u)));
		case TRAY -> u.getTrays().forEach(t -> lines.add(String.join("|", "tray", t.getId(), id, Values.nz(t.getName()),
				Integer.toString(t.getNumber()))));
		case DISK -> {
			for (Tray t : u.getTrays()) {
				for (Disk d : t.getDisks()) {
					lines.add(String.join("|", "disk", d.getId(), t.getId(), Values.nz(d.getName()),
							Integer.toString(d.getSlot()), Long.toString(d.getSize())));
				}
			}
		}
		case VOLUME -> u.getVolumes().forEach(v -> lines.add(String.join("|", "volume", v.getId(), id,
				Values.nz(v.getName()), String.valueOf(v.getRaidLevel()),
				v.getDataDisks().stream().map(Values::id).reduce((a, b) -> a + "," + b).orElse(""),
				Values.id(v.getStandby()), String.valueOf(v.getState()))));
		case LUN -> u.getLuns().forEach(l -> lines.add(String.join("|", "lun", l.getId(), id, Values.nz(l.getName()),
				Long.toString(l.getSize()), Values.id(l.getVolume()))));
		case MAP -> u.getMappings().forEach(m -> lines.add(String.join("|", "map", m.getId(), id,
				Values.nz(m.getName()), Values.id(m.getLun()), Values.id(m.getHost()),
				Integer.toString(m.getLunNumber()), Values.id(m.getPort()))));
		case PORT -> u.getPorts().forEach(p -> lines.add(String.join("|", "port", p.getId(), id, Values.nz(p.getName()),
				String.valueOf(p.getKind()), Values.nz(p.getAddress()), Values.id(p.getHost()))));
		case CKD -> u.getCkdDevices().forEach(c -> lines.add(String.join("|", "ckd", c.getId(), id,
				Values.nz(c.getName()), String.valueOf(c.getDeviceType()), Values.nz(c.getDeviceNumber()),
				Values.id(c.getVolume()))));
		case CACHE -> cacheLine(u, id, lines);
		}
	}

	private static void cacheLine(StorageUnit u, String id, List<String> lines) {
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
		LineDigest digest = new LineDigest();
		lines.forEach(digest::add);
		return digest.hex();
	}

	/** The first few lines only one side has ("- " this side, "+ " the other); empty when equal. */
	public List<String> differences(StorageConfiguration other, int limit) {
		if (lines.equals(other.lines)) {
			return List.of(); // both sorted: one pass, no set of every line
		}
		return differences(lines, other.lines, limit);
	}

	/** The first few of these lines only one side has ("- " mine, "+ " theirs), in their order; empty when none. */
	static List<String> differences(List<String> mine, List<String> theirs, int limit) {
		Set<String> mineSet = new HashSet<>(mine);
		Set<String> theirSet = new HashSet<>(theirs);
		List<String> differences = new ArrayList<>();
		mine.stream().filter(l -> !theirSet.contains(l)).limit(limit).forEach(l -> differences.add("- " + l));
		theirs.stream().filter(l -> !mineSet.contains(l)).limit(limit).forEach(l -> differences.add("+ " + l));
		return differences;
	}

	/**
	 * Whether two arrays' lines are the same configuration: the same lines in any order. Lines made from two
	 * copies of one design come in the same order, so only lines in another order are sorted.
	 */
	static boolean sameLines(List<String> mine, List<String> theirs) {
		if (mine.equals(theirs)) {
			return true;
		}
		if (mine.size() != theirs.size()) {
			return false;
		}
		List<String> a = new ArrayList<>(mine);
		List<String> b = new ArrayList<>(theirs);
		a.sort(null);
		b.sort(null);
		return a.equals(b);
	}

	/**
	 * SHA-256 over lines each followed by a newline, fed a buffer at a time: one digest call a line cost more
	 * than the hashing with the client compiler alone.
	 */
	private static final class LineDigest {
		private final MessageDigest digest;
		private final byte[] buffer = new byte[1 << 16];
		private int filled;

		LineDigest() {
			try {
				digest = MessageDigest.getInstance("SHA-256");
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java runtime has SHA-256", e);
			}
		}

		void add(String line) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			if (filled + bytes.length + 1 > buffer.length) {
				flush();
			}
			if (bytes.length + 1 > buffer.length) {
				digest.update(bytes);
				digest.update((byte) '\n');
				return;
			}
			System.arraycopy(bytes, 0, buffer, filled, bytes.length);
			filled += bytes.length;
			buffer[filled++] = '\n';
		}

		private void flush() {
			digest.update(buffer, 0, filled);
			filled = 0;
		}

		String hex() {
			flush();
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
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
