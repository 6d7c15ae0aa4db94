package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;

import org.restripe.model.Lun;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/** Every LUN lives on a volume of its own array, and the LUNs of a volume fit in its capacity. */
public final class LunCapacityRule implements Rule {

	@Override
	public String id() {
		return "lun-capacity";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Map<Volume, Long> allocated = new HashMap<>();
			for (Lun lun : unit.getLuns()) {
				Volume volume = lun.getVolume();
				if (volume == null) {
					findings.error(this, lun, "LUN " + Labels.of(lun) + " is on no volume.", "Set the volume of " + lun.getName() + " to a volume of " + unit.getName() + ".");
				} else if (volume.eContainer() != unit) {
					findings.error(this, lun, "LUN " + Labels.of(lun) + " is carved from " + Labels.of(volume)
							+ ", a volume of another array.", "Set the volume of " + lun.getName() + " to a volume of "
							+ unit.getName() + ".");
				} else if (lun.getSize() <= 0) {
					findings.error(this, lun, "LUN " + Labels.of(lun) + " has no size.", "Set the size of " + lun.getName() + " (e.g. 10 GB).");
				} else {
					allocated.merge(volume, lun.getSize(), Long::sum);
				}
			}
			allocated.forEach((volume, bytes) -> checkVolume(volume, bytes, findings));
		}
	}

	private void checkVolume(Volume volume, long allocated, Findings findings) {
		long capacity = volume.getCapacity();
		if (allocated > capacity) {
			findings.error(this, volume, "The LUNs of volume " + Labels.of(volume) + " add up to " + Labels.gb(allocated)
					+ ", but RAID " + volume.getRaidLevel().getValue() + " on " + volume.getDataDisks().size()
					+ " disk(s) gives " + Labels.gb(capacity) + ".",
					"Shrink the LUNs of " + volume.getName() + " by "
					+ Labels.gb(allocated - capacity) + ", add disks to " + volume.getName()
					+ " or set its RAID level to one with more capacity.");
		}
	}
}
