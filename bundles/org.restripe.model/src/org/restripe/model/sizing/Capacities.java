package org.restripe.model.sizing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.CkdType;
import org.restripe.model.Disk;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;

/**
 * Capacity arithmetic behind the model's derived attributes. Capacities are computed, never typed in,
 * so a changed disk or RAID level can never leave a stale capacity behind. All figures are bytes.
 */
public final class Capacities {

	/** Tracks per cylinder, the same for every 3390 and 3380 model. */
	public static final int TRACKS_PER_CYLINDER = 15;
	public static final int BYTES_PER_TRACK_3390 = 56_664;
	public static final int BYTES_PER_TRACK_3380 = 47_476;

	/**
	 * Cylinders of each CKD model. These are IBM's fixed device geometries (a fact of the device type,
	 * not a limit of one array), which is why they live here and not in the array catalog.
	 */
	private static final Map<CkdType, Integer> CYLINDERS = new EnumMap<>(CkdType.class);

	static {
		CYLINDERS.put(CkdType.D3390_1, 1_113);
		CYLINDERS.put(CkdType.D3390_2, 2_226);
		CYLINDERS.put(CkdType.D3390_3, 3_339);
		CYLINDERS.put(CkdType.D3390_9, 10_017);
		CYLINDERS.put(CkdType.D3390_27, 32_760);
		CYLINDERS.put(CkdType.D3390_54, 65_520);
		CYLINDERS.put(CkdType.D3380_J, 885);
		CYLINDERS.put(CkdType.D3380_E, 1_770);
		CYLINDERS.put(CkdType.D3380_K, 2_655);
	}

	private Capacities() {
	}

	public static int cylinders(CkdType type) {
		return type == null ? 0 : CYLINDERS.get(type);
	}

	public static int bytesPerTrack(CkdType type) {
		return type != null && type.getLiteral().startsWith("3380") ? BYTES_PER_TRACK_3380 : BYTES_PER_TRACK_3390;
	}

	/** Cylinders x 15 tracks x bytes per track. */
	public static long ckdCapacity(CkdType type) {
		return (long) cylinders(type) * TRACKS_PER_CYLINDER * bytesPerTrack(type);
	}

	/**
	 * RAID arithmetic over the smallest data disk (an array stripes every member to the smallest one):
	 * RAID 0 n x s, RAID 1 n x s / 2 (odd counts allowed on the T3), RAID 5 (n - 1) x s.
	 */
	public static long volumeCapacity(Volume volume) {
		List<Disk> disks = volume.getDataDisks();
		int n = disks.size();
		if (n == 0 || volume.getRaidLevel() == null) {
			return 0L;
		}
		long smallest = Long.MAX_VALUE;
		for (Disk disk : disks) {
			smallest = Math.min(smallest, disk.getSize());
		}
		switch (volume.getRaidLevel()) {
		case RAID0:
			return n * smallest;
		case RAID1:
			return n * smallest / 2;
		case RAID5:
			return (n - 1) * smallest;
		default:
			throw new IllegalStateException("Unknown RAID level " + volume.getRaidLevel());
		}
	}

	public static long rawCapacity(StorageUnit unit) {
		long total = 0L;
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				total += disk.getSize();
			}
		}
		return total;
	}

	public static long usableCapacity(StorageUnit unit) {
		long total = 0L;
		for (Volume volume : unit.getVolumes()) {
			total += volume.getCapacity();
		}
		return total;
	}

	/** Decimal gigabytes, as disk vendors and the array's vol list count them. */
	public static double gigabytes(long bytes) {
		return bytes / 1e9;
	}
}
