package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.restripe.model.Disk;
import org.restripe.model.RaidLevel;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * Hot spares sit where the array allows (drive 9 on a T3/T3+), one per tray at most, in the volume's own
 * array; redundant volumes without a spare are flagged.
 */
public final class HotSpareRule implements Rule {

	@Override
	public String id() {
		return "hot-spare";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Optional<ArrayModel> model = context.model(unit);
			Map<Tray, Disk> spareOfTray = new HashMap<>();
			for (Volume volume : unit.getVolumes()) {
				Disk spare = volume.getStandby();
				if (spare == null) {
					noSpare(volume, findings);
				} else if (Labels.unitOf(spare) != unit) {
					findings.error(this, volume, "Volume " + Labels.of(volume) + " names " + Labels.of(spare)
							+ " as hot spare, a disk of another array.", "Choose a spare in the same array.");
				} else if (model.isPresent()) {
					checkPlacement(volume, spare, model.get(), spareOfTray, findings);
				}
			}
		}
	}

	private void noSpare(Volume volume, Findings findings) {
		if (volume.getRaidLevel() != RaidLevel.RAID0) {
			findings.warning(this, volume, "Volume " + Labels.of(volume) + " has no hot standby: after a disk failure it"
					+ " runs unprotected until the drive is replaced.", "Assign the tray's spare drive as standby.");
		}
	}

	private void checkPlacement(Volume volume, Disk spare, ArrayModel model, Map<Tray, Disk> spareOfTray,
			Findings findings) {
		if (model.hotSpareSlot() > 0 && spare.getSlot() != model.hotSpareSlot()) {
			findings.error(this, spare, "Hot spare " + Labels.of(spare) + " is in slot " + spare.getSlot() + "; on a "
					+ model.name() + " the hot spare must be drive " + model.hotSpareSlot() + ".",
					"Use " + model.diskName(((Tray) spare.eContainer()).getNumber(), model.hotSpareSlot())
							+ " as the standby.");
		}
		Tray tray = (Tray) spare.eContainer();
		Disk other = spareOfTray.putIfAbsent(tray, spare);
		if (other != null && other != spare && model.hotSparesPerTray() == 1) {
			findings.error(this, spare, "Tray " + Labels.of(tray) + " would have two hot spares, " + other.getName()
					+ " and " + spare.getName() + "; a " + model.name() + " allows one per tray.",
					"Let the volumes of the tray share " + other.getName() + ".");
		}
		if (volume.getRaidLevel() == RaidLevel.RAID0) {
			findings.info(this, volume, "Volume " + Labels.of(volume) + " is RAID 0, so its hot spare can never be"
					+ " used to rebuild it.", "Drop the standby or choose a redundant RAID level.");
		}
	}
}
