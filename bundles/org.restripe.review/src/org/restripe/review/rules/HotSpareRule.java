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
					noSpare(volume, model.orElse(null), findings);
				} else if (Labels.unitOf(spare) != unit) {
					findings.error(this, volume, "Volume " + Labels.of(volume) + " names " + Labels.of(spare)
							+ " as hot spare, a disk of another array.", "Make a free disk of " + unit.getName() + " the standby of "
							+ volume.getName() + ".");
				} else if (model.isPresent()) {
					checkPlacement(volume, spare, model.get(), spareOfTray, findings);
				}
			}
		}
	}

	private void noSpare(Volume volume, ArrayModel model, Findings findings) {
		if (volume.getRaidLevel() != RaidLevel.RAID0) {
			Disk spare = freeSpareSlot(volume, model);
			findings.warning(this, volume, "Volume " + Labels.of(volume) + " has no hot standby: after a disk failure it"
					+ " runs unprotected until the drive is replaced.", spare != null
							? "Make " + spare.getName() + " the standby of " + volume.getName() + "."
							: "Make a free disk of " + Labels.unitOf(volume).getName() + " the standby of "
									+ volume.getName() + ".");
		}
	}

	/** The disk in the spare slot of the volume's tray, when no volume uses it: the standby the fix names. */
	private static Disk freeSpareSlot(Volume volume, ArrayModel model) {
		if (model == null || model.hotSpareSlot() <= 0 || volume.getDataDisks().isEmpty()
				|| !(volume.getDataDisks().get(0).eContainer() instanceof Tray tray)) {
			return null;
		}
		StorageUnit unit = Labels.unitOf(volume);
		for (Disk disk : tray.getDisks()) {
			boolean used = unit.getVolumes().stream()
					.anyMatch(v -> v.getDataDisks().contains(disk) || v.getStandby() == disk);
			if (disk.getSlot() == model.hotSpareSlot() && !used) {
				return disk;
			}
		}
		return null;
	}

	private void checkPlacement(Volume volume, Disk spare, ArrayModel model, Map<Tray, Disk> spareOfTray,
			Findings findings) {
		if (model.hotSpareSlot() > 0 && spare.getSlot() != model.hotSpareSlot()) {
			findings.error(this, spare, "Hot spare " + Labels.of(spare) + " is in slot " + spare.getSlot() + "; on a "
					+ model.name() + " the hot spare must be drive " + model.hotSpareSlot() + ".",
					"Make " + model.diskName(((Tray) spare.eContainer()).getNumber(), model.hotSpareSlot())
							+ " the standby of " + volume.getName() + " instead of " + spare.getName() + ".");
		}
		Tray tray = (Tray) spare.eContainer();
		Disk other = spareOfTray.putIfAbsent(tray, spare);
		if (other != null && other != spare && model.hotSparesPerTray() == 1) {
			findings.error(this, spare, "Tray " + Labels.of(tray) + " would have two hot spares, " + other.getName()
					+ " and " + spare.getName() + "; a " + model.name() + " allows one per tray.",
					"Make " + other.getName() + " the standby of " + volume.getName()
							+ " instead of " + spare.getName() + ".");
		}
		if (volume.getRaidLevel() == RaidLevel.RAID0) {
			findings.info(this, volume, "Volume " + Labels.of(volume) + " is RAID 0, so its hot spare can never be"
					+ " used to rebuild it.", "Remove the standby of " + volume.getName()
					+ ", or set its RAID level to a redundant one.");
		}
	}
}
