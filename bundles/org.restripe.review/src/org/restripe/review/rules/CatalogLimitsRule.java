package org.restripe.review.rules;

import java.util.Optional;

import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/** Every storage unit is a model the catalog knows, built within its trays, slots, disks and settings. */
public final class CatalogLimitsRule implements Rule {

	@Override
	public String id() {
		return "catalog-limits";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Optional<ArrayModel> model = context.model(unit);
			if (model.isEmpty()) {
				findings.error(this, unit, "Array " + Labels.of(unit) + " is of model '" + unit.getCatalogModel()
						+ "', which the device catalog does not know, so its limits cannot be checked.",
						"Set the catalog model of " + unit.getName() + " to "
								+ Labels.oneOf(context.catalog().models().stream().map(ArrayModel::id).toList()) + ".");
				continue;
			}
			checkUnit(unit, model.get(), findings);
		}
	}

	private void checkUnit(StorageUnit unit, ArrayModel model, Findings findings) {
		if (unit.getTrays().size() > model.maxTrays()) {
			findings.error(this, unit, "Array " + Labels.of(unit) + " has " + unit.getTrays().size() + " trays; a "
					+ model.name() + " takes at most " + model.maxTrays() + ".", "Move " + (unit.getTrays().size() - model.maxTrays())
					+ " of the trays of " + unit.getName() + " to another array.");
		}
		for (Tray tray : unit.getTrays()) {
			for (Disk disk : tray.getDisks()) {
				if (disk.getSlot() < 1 || disk.getSlot() > model.disksPerTray()) {
					findings.error(this, disk, "Disk " + Labels.of(disk) + " sits in slot " + disk.getSlot() + "; a "
							+ model.name() + " tray has slots 1 to " + model.disksPerTray() + ".", "Set the slot of disk " + disk.getName() + " to a slot from 1 to "
							+ model.disksPerTray() + ".");
				}
				if (!model.diskSizes().contains(disk.getSize())) {
					findings.warning(this, disk, "Disk " + Labels.of(disk) + " is " + Labels.gb(disk.getSize())
							+ ", not a size the " + model.name() + " is qualified with.",
							"Replace disk " + disk.getName() + " with a qualified drive ("
							+ Labels.or(model.diskSizes().stream().map(Labels::gb).toList()) + ").");
				}
			}
		}
		CacheSettings cache = unit.getCache();
		if (cache != null && !model.cacheModes().contains(cache.getCacheMode())) {
			findings.error(this, cache, "Cache mode " + cache.getCacheMode() + " is not available on " + Labels.of(unit)
					+ " (" + model.name() + ").", "Set the cache mode of " + unit.getName() + " to "
					+ Labels.oneOf(model.cacheModes()) + ".");
		}
		if (unit.isVolumeSlicing() && !model.slicing()) {
			findings.error(this, unit, "Volume slicing is on for " + Labels.of(unit) + ", but a " + model.name()
					+ " cannot slice volumes.", "Turn volume slicing off on " + unit.getName()
					+ " and give each of its volumes a single LUN.");
		}
	}
}
