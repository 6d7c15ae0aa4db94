package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.restripe.model.Lun;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * Without volume slicing a tray holds at most two volumes and each volume is one LUN; with slicing the
 * array's slice limit applies.
 */
public final class VolumeCountRule implements Rule {

	@Override
	public String id() {
		return "volume-count";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Optional<ArrayModel> model = context.model(unit);
			if (model.isEmpty()) {
				continue; // reported by the catalog rule
			}
			if (unit.isVolumeSlicing() && model.get().slicing()) {
				checkSlices(unit, model.get(), findings);
			} else {
				checkVolumesPerTray(unit, model.get(), findings);
				checkOneLunPerVolume(unit, findings);
			}
		}
	}

	private void checkSlices(StorageUnit unit, ArrayModel model, Findings findings) {
		int slices = unit.getLuns().size();
		if (slices > model.maxSlices()) {
			findings.error(this, unit, "Array " + Labels.of(unit) + " has " + slices + " LUN slices; a " + model.name()
					+ " supports " + model.maxSlices() + ".", "Remove " + (slices - model.maxSlices()) + " LUN(s) from "
					+ unit.getName() + " or move them to another array.");
		}
	}

	private void checkVolumesPerTray(StorageUnit unit, ArrayModel model, Findings findings) {
		Map<EObject, Integer> perTray = new HashMap<>();
		for (Volume volume : unit.getVolumes()) {
			if (!volume.getDataDisks().isEmpty()) {
				perTray.merge(volume.getDataDisks().get(0).eContainer(), 1, Integer::sum);
			}
		}
		int allowed = model.volumesPerTray() * Math.max(1, unit.getTrays().size());
		if (unit.getVolumes().size() > allowed) {
			findings.error(this, unit, "Array " + Labels.of(unit) + " has " + unit.getVolumes().size()
					+ " volumes; without volume slicing a " + model.name() + " with " + unit.getTrays().size()
					+ " tray(s) holds at most " + allowed + ".", model.slicing()
							? "Turn volume slicing on for " + unit.getName()
							+ " (firmware permitting) or merge its volumes."
							: "Merge volumes of " + unit.getName() + ": a "
							+ model.name() + " cannot slice.");
			return;
		}
		perTray.forEach((tray, count) -> {
			if (count > model.volumesPerTray()) {
				findings.error(this, unit, "Tray " + ((org.restripe.model.Tray) tray).getName() + " of "
						+ Labels.of(unit) + " carries " + count + " volumes; a " + model.name() + " allows "
						+ model.volumesPerTray() + " a tray without slicing.", "Build one of the volumes of tray "
						+ ((org.restripe.model.Tray) tray).getName() + " on another tray of " + unit.getName() + ".");
			}
		});
	}

	private void checkOneLunPerVolume(StorageUnit unit, Findings findings) {
		Map<Volume, Integer> lunsOfVolume = new HashMap<>();
		for (Lun lun : unit.getLuns()) {
			if (lun.getVolume() != null && lunsOfVolume.merge(lun.getVolume(), 1, Integer::sum) == 2) {
				findings.error(this, lun.getVolume(), "Volume " + Labels.of(lun.getVolume()) + " is cut into several"
						+ " LUNs, but volume slicing is off on " + Labels.of(unit) + ".",
						"Turn volume slicing on for " + unit.getName()
								+ ", or give " + lun.getVolume().getName() + " a single LUN.");
			}
		}
	}
}
