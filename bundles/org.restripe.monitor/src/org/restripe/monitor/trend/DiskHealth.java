package org.restripe.monitor.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.monitor.samples.SeriesPoint;

/**
 * An array's disks from the disk table's status and role readings: which failed, which hot spares took a
 * failed disk's place (read as standby, later as a data disk), and how many ready spares are left.
 *
 * @param array       the array, "t3a"
 * @param failed      disks whose last status is fault, "u1d3 on t3a"
 * @param substituted hot spares that became data disks within the window
 * @param sparesLeft  disks still ready as standby
 */
public record DiskHealth(String array, List<String> failed, List<String> substituted, int sparesLeft) {

	/** One disk's readings. */
	public record DiskReadings(String disk, List<SeriesPoint> status, List<SeriesPoint> role) {
	}

	public static DiskHealth of(String array, List<DiskReadings> disks) {
		List<String> failed = new ArrayList<>();
		List<String> substituted = new ArrayList<>();
		int spares = 0;
		for (DiskReadings disk : disks) {
			int status = last(disk.status(), FruStatus.READY_VALUE);
			int role = last(disk.role(), DiskRole.UNASSIGNED_VALUE);
			if (status == FruStatus.FAULT_VALUE) {
				failed.add(disk.disk());
			} else if (role == DiskRole.STANDBY_DISK_VALUE && status == FruStatus.READY_VALUE) {
				spares++;
			}
			if (role == DiskRole.DATA_DISK_VALUE && wasStandby(disk.role())) {
				substituted.add(disk.disk());
			}
		}
		return new DiskHealth(array, List.copyOf(failed), List.copyOf(substituted), spares);
	}

	/** Groups readings by disk: status and role series keyed by disk name. */
	public static List<DiskReadings> readings(Map<String, List<SeriesPoint>> status, Map<String, List<SeriesPoint>> role) {
		List<DiskReadings> disks = new ArrayList<>();
		status.forEach((disk, points) -> disks.add(new DiskReadings(disk, points, role.getOrDefault(disk, List.of()))));
		role.forEach((disk, points) -> {
			if (!status.containsKey(disk)) {
				disks.add(new DiskReadings(disk, List.of(), points));
			}
		});
		return disks;
	}

	private static int last(List<SeriesPoint> points, int otherwise) {
		return points.isEmpty() ? otherwise : (int) Math.round(points.get(points.size() - 1).last());
	}

	/** Any reading as a standby disk (an hour rolled up counts if its minimum or maximum was standby). */
	private static boolean wasStandby(List<SeriesPoint> roles) {
		for (SeriesPoint point : roles) {
			if (Math.round(point.min()) == DiskRole.STANDBY_DISK_VALUE || Math.round(point.max()) == DiskRole.STANDBY_DISK_VALUE) {
				return true;
			}
		}
		return false;
	}

	public boolean healthy() {
		return failed.isEmpty() && substituted.isEmpty();
	}
}
