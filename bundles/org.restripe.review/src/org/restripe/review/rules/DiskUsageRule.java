package org.restripe.review.rules;

import java.util.IdentityHashMap;
import java.util.Map;

import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * A disk serves one volume: never data in two volumes, never data in one and standby of another, never
 * a disk of another array; a faulty disk holds no data; a disk marked as a data disk is in a volume. Volumes
 * may share their tray's standby.
 */
public final class DiskUsageRule implements Rule {

	@Override
	public String id() {
		return "disk-usage";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Map<Disk, Volume> dataOf = new IdentityHashMap<>();
			for (Volume volume : unit.getVolumes()) {
				for (Disk disk : volume.getDataDisks()) {
					checkDataDisk(unit, volume, disk, dataOf, findings);
				}
			}
			unusedDataDisks(unit, dataOf, findings);
			for (Volume volume : unit.getVolumes()) {
				Disk standby = volume.getStandby();
				Volume user = standby == null ? null : dataOf.get(standby);
				if (user != null) {
					findings.error(this, standby, "Disk " + Labels.of(standby) + " is a data disk of " + user.getName()
							+ " and the hot standby of " + volume.getName() + ".", "Make another free disk the standby of " + volume.getName()
							+ ", or take " + standby.getName() + " out of " + user.getName() + ".");
				}
			}
		}
	}

	/** A disk marked as a data disk that no volume holds: the site file and the array would disagree. */
	private void unusedDataDisks(StorageUnit unit, Map<Disk, Volume> dataOf, Findings findings) {
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				if (disk.getRole() == DiskRole.DATA_DISK && !dataOf.containsKey(disk)) {
					findings.warning(this, disk, "Disk " + Labels.of(disk) + " is marked as a data disk, but no volume"
							+ " uses it.", "Add " + disk.getName() + " to a volume of " + unit.getName()
							+ ", or set its role to unassigned.");
				}
			}
		}
	}

	private void checkDataDisk(StorageUnit unit, Volume volume, Disk disk, Map<Disk, Volume> dataOf, Findings findings) {
		if (Labels.unitOf(disk) != unit) {
			findings.error(this, volume, "Volume " + Labels.of(volume) + " uses disk " + Labels.of(disk)
					+ " of another array.", "Replace " + disk.getName() + " in " + volume.getName()
					+ " with a disk of " + unit.getName() + ".");
			return;
		}
		Volume other = dataOf.put(disk, volume);
		if (other != null && other != volume) {
			findings.error(this, disk, "Disk " + Labels.of(disk) + " is used by two volumes, " + other.getName() + " and "
					+ volume.getName() + ".", "Take " + disk.getName() + " out of " + other.getName() + " or out of "
					+ volume.getName() + ".");
		} else if (other == volume) {
			findings.error(this, disk, "Disk " + Labels.of(disk) + " is listed twice in volume " + volume.getName() + ".",
					"Take the second " + disk.getName() + " out of the data disks of "
					+ volume.getName() + ".");
		}
		if (disk.getStatus() == FruStatus.FAULT || disk.getStatus() == FruStatus.NOT_INSTALLED) {
			findings.warning(this, disk, "Volume " + volume.getName() + " uses disk " + Labels.of(disk) + ", which is "
					+ disk.getStatus() + ".", "Replace disk " + disk.getName() + " before the change, or take it out of "
					+ volume.getName() + ".");
		}
	}
}
