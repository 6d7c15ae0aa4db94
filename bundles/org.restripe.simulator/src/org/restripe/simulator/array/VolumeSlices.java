package org.restripe.simulator.array;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RestripeFactory;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;

/**
 * Volume slicing (6120, T3+ firmware 2.1): slices cut from volumes and the LUN map that presents them to
 * the hosts. The state stays the model: a slice is a {@link Lun} of the unit, a LUN map entry a
 * {@link LunMapping}. A slice occupies whole 512-byte blocks; the array packs a volume's slices in the
 * order they were created, so a slice's number is its place among the unit's slices and its start block
 * the blocks of the slices before it on the same volume (the simulator does not keep holes: removing a
 * slice lets the later ones close up, which the real array does not do, but free space adds up the same).
 */
public final class VolumeSlices {
	/** The array addresses volumes in blocks of 512 bytes; a slice is a whole number of them. */
	public static final long BLOCK_BYTES = 512L;
	/** The highest LUN number the array's LUN map takes. */
	static final int MAX_LUN_NUMBER = 255;
	private static final Pattern SIZE = Pattern.compile("(?i)(\\d+)(MB|GB)");

	private final StorageArray array;

	VolumeSlices(StorageArray array) {
		this.array = array;
	}

	private StorageUnit unit() {
		return array.unit();
	}

	/** {@code sys enable_volslice on|off}: off only while no slice exists. */
	public void setSlicing(String value) throws ArrayCommandException {
		synchronized (array) {
			requireSupported();
			if (!"on".equals(value) && !"off".equals(value)) {
				throw new ArrayCommandException("sys: invalid value for enable_volslice, expected one of on off");
			}
			if ("off".equals(value) && !unit().getLuns().isEmpty()) {
				throw new ArrayCommandException("Error: volume slicing cannot be disabled while slices exist");
			}
			unit().setVolumeSlicing("on".equals(value));
			array.changed();
		}
	}

	/** {@code volslice create NAME -z SIZE VOLUME}: SIZE in decimal MB or GB, rounded up to whole blocks. */
	public Lun create(String name, String size, String volumeName) throws ArrayCommandException {
		synchronized (array) {
			requireSlicing();
			requireNewSliceName(name);
			Volume volume = array.volume(volumeName);
			if (volume.getState() == VolumeState.UNINITIALIZED || array.isBusy(volume)) {
				throw new ArrayCommandException("Error: volume " + volumeName + " is not initialized");
			}
			if (unit().getLuns().size() >= array.model().maxSlices()) {
				throw new ArrayCommandException("Error: the array already has " + array.model().maxSlices() + " slices");
			}
			long blocks = blocksOf(size);
			long free = freeBlocks(volume);
			if (blocks > free) {
				throw new ArrayCommandException("Error: slice of " + blocks + " blocks does not fit in the " + free
						+ " free blocks of volume " + volumeName);
			}
			Lun lun = RestripeFactory.eINSTANCE.createLun();
			lun.setId(unit().getId() + "-" + name);
			lun.setName(name);
			lun.setVolume(volume);
			lun.setSize(blocks * BLOCK_BYTES);
			unit().getLuns().add(lun);
			array.changed();
			return lun;
		}
	}

	/** {@code volslice remove NAME}: refused while a LUN map entry presents the slice. */
	public void remove(String name) throws ArrayCommandException {
		synchronized (array) {
			requireSlicing();
			Lun slice = slice(name);
			for (LunMapping m : unit().getMappings()) {
				if (m.getLun() == slice) {
					throw new ArrayCommandException("Error: slice " + name + " is mapped to LUN " + m.getLunNumber()
							+ "; remove the mapping first");
				}
			}
			unit().getLuns().remove(slice);
			array.changed();
		}
	}

	/** {@code lun map add lun N slice S}: S is the slice's name or its number. */
	public LunMapping map(String lunNumber, String sliceSpec) throws ArrayCommandException {
		synchronized (array) {
			requireSlicing();
			int number = lunNumber(lunNumber);
			Lun slice = sliceSpec.matches("\\d+") ? sliceByNumber(Integer.parseInt(sliceSpec)) : slice(sliceSpec);
			for (LunMapping m : unit().getMappings()) {
				if (m.getLunNumber() == number) {
					throw new ArrayCommandException("Error: LUN " + number + " is already mapped");
				}
				if (m.getLun() == slice) {
					throw new ArrayCommandException("Error: slice " + slice.getName() + " is already mapped to LUN "
							+ m.getLunNumber());
				}
			}
			LunMapping mapping = RestripeFactory.eINSTANCE.createLunMapping();
			mapping.setId(slice.getId() + "-lun" + number);
			mapping.setLun(slice);
			mapping.setLunNumber(number);
			unit().getMappings().add(mapping);
			array.changed();
			return mapping;
		}
	}

	/** {@code lun map rm lun N}. */
	public void unmap(String lunNumber) throws ArrayCommandException {
		synchronized (array) {
			requireSlicing();
			int number = lunNumber(lunNumber);
			if (!unit().getMappings().removeIf(m -> m.getLunNumber() == number)) {
				throw new ArrayCommandException("Error: LUN " + number + " is not mapped");
			}
			array.permissions().forget(number);
			array.changed();
		}
	}

	/** The slice's number: its place among the unit's slices. */
	int number(Lun slice) {
		return unit().getLuns().indexOf(slice);
	}

	/** The first block of the slice on its volume: the blocks of the volume's earlier slices. */
	long startBlock(Lun slice) {
		long start = 0;
		for (Lun other : unit().getLuns()) {
			if (other == slice) {
				return start;
			}
			if (other.getVolume() == slice.getVolume()) {
				start += blocks(other);
			}
		}
		throw new IllegalArgumentException(slice.getName() + " is not a slice of " + unit().getName());
	}

	static long blocks(Lun slice) {
		return (slice.getSize() + BLOCK_BYTES - 1) / BLOCK_BYTES;
	}

	/** The volume's blocks no slice occupies. */
	long freeBlocks(Volume volume) {
		long used = unit().getLuns().stream().filter(l -> l.getVolume() == volume).mapToLong(VolumeSlices::blocks).sum();
		return volume.getCapacity() / BLOCK_BYTES - used;
	}

	boolean hasSlices(Volume volume) {
		return unit().getLuns().stream().anyMatch(l -> l.getVolume() == volume);
	}

	List<Lun> slices() {
		return List.copyOf(unit().getLuns());
	}

	static String capacity(Lun slice) {
		return String.format(Locale.ROOT, "%.3f GB", blocks(slice) * BLOCK_BYTES / 1e9);
	}

	private static long blocksOf(String size) throws ArrayCommandException {
		Matcher m = SIZE.matcher(size);
		if (!m.matches()) {
			throw new ArrayCommandException("Error: invalid slice size " + size + " (e.g. 10000MB or 10GB)");
		}
		// the array's MB and GB are decimal, as vol list's GB are
		long bytes = Long.parseLong(m.group(1)) * ("GB".equalsIgnoreCase(m.group(2)) ? 1_000_000_000L : 1_000_000L);
		if (bytes == 0) {
			throw new ArrayCommandException("Error: invalid slice size " + size);
		}
		return (bytes + BLOCK_BYTES - 1) / BLOCK_BYTES;
	}

	private Lun slice(String name) throws ArrayCommandException {
		for (Lun lun : unit().getLuns()) {
			if (lun.getName().equals(name)) {
				return lun;
			}
		}
		throw new ArrayCommandException("Error: slice " + name + " does not exist");
	}

	private Lun sliceByNumber(int number) throws ArrayCommandException {
		if (number >= unit().getLuns().size()) {
			throw new ArrayCommandException("Error: slice " + number + " does not exist");
		}
		return unit().getLuns().get(number);
	}

	private static int lunNumber(String text) throws ArrayCommandException {
		if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > MAX_LUN_NUMBER) {
			throw new ArrayCommandException("Error: invalid LUN number " + text);
		}
		return Integer.parseInt(text);
	}

	private void requireNewSliceName(String name) throws ArrayCommandException {
		if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,11}")) {
			throw new ArrayCommandException("Error: invalid slice name " + name);
		}
		if (unit().getLuns().stream().anyMatch(l -> name.equals(l.getName()))) {
			throw new ArrayCommandException("Error: slice " + name + " already exists");
		}
	}

	private void requireSupported() throws ArrayCommandException {
		if (!array.model().slicing()) {
			throw new ArrayCommandException("Error: volume slicing is not supported by this array");
		}
	}

	private void requireSlicing() throws ArrayCommandException {
		requireSupported();
		if (!unit().isVolumeSlicing()) {
			throw new ArrayCommandException("Error: volume slicing is not enabled (sys enable_volslice on)");
		}
	}
}
