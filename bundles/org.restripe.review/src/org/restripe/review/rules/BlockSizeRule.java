package org.restripe.review.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.restripe.model.CacheSettings;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * The block size is one the array offers, and it changes only on an array without volumes: a change on
 * an array that has volumes removes and rebuilds every one of them (as the planner scripts it), and their
 * data is lost.
 */
public final class BlockSizeRule implements Rule {

	@Override
	public String id() {
		return "block-size";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			CacheSettings cache = unit.getCache();
			if (cache == null) {
				continue;
			}
			Optional<ArrayModel> model = context.model(unit);
			if (model.isPresent() && !model.get().blockSizes().contains(cache.getBlockSize())) {
				findings.error(this, cache, "Block size " + cache.getBlockSize() + " is not available on " + Labels.of(unit)
						+ " (" + model.get().name() + ").", "Set the block size of " + unit.getName() + " to "
						+ Labels.oneOf(model.get().blockSizes()) + ".");
			}
			context.desired().ifPresent(desired -> checkChange(context.current(), unit, cache, findings));
		}
	}

	private void checkChange(Site current, StorageUnit unit, CacheSettings cache, Findings findings) {
		EObject before = current.eResource() != null ? current.eResource().getEObject(unit.getId()) : find(current, unit.getId());
		if (!(before instanceof StorageUnit) || ((StorageUnit) before).getCache() == null) {
			return;
		}
		StorageUnit old = (StorageUnit) before;
		if (old.getCache().getBlockSize() == cache.getBlockSize() || old.getVolumes().isEmpty()) {
			return;
		}
		List<String> rebuilt = new ArrayList<>();
		for (Volume volume : old.getVolumes()) {
			rebuilt.add(volume.getName());
		}
		// the planner removes every volume, sets the block size and builds the volumes again (same ids or new):
		// possible, but every volume's data is lost, so the engineer has to know before the plan is run
		findings.warning(this, cache, "The block size of " + Labels.of(unit) + " changes from "
				+ old.getCache().getBlockSize() + " to " + cache.getBlockSize() + ", which the array allows only while no"
				+ " volume exists: volume(s) " + rebuilt + " are removed and rebuilt, and their data is lost.",
				"Back up the data of " + String.join(", ", rebuilt) + " on " + unit.getName()
						+ " first (the plan asks for the backup), or set the block size of " + unit.getName() + " back to "
						+ old.getCache().getBlockSize() + ".");
	}

	private static EObject find(Site site, String id) {
		for (var it = site.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof StorageUnit && id.equals(((StorageUnit) e).getId())) {
				return e;
			}
		}
		return null;
	}
}
