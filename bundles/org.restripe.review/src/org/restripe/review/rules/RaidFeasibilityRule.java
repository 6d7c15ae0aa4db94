package org.restripe.review.rules;

import java.util.Optional;

import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.model.catalog.RaidLimits;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/** Each volume's RAID level is offered by its array and has a disk count that level can be built from. */
public final class RaidFeasibilityRule implements Rule {

	@Override
	public String id() {
		return "raid-feasibility";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Optional<ArrayModel> model = context.model(unit);
			if (model.isEmpty()) {
				continue; // reported by the catalog rule; without limits there is nothing to compare with
			}
			for (Volume volume : unit.getVolumes()) {
				check(volume, model.get(), findings);
			}
		}
	}

	private void check(Volume volume, ArrayModel model, Findings findings) {
		RaidLimits limits = model.raid().get(volume.getRaidLevel());
		int disks = volume.getDataDisks().size();
		String level = "RAID " + volume.getRaidLevel().getValue();
		if (limits == null) {
			findings.error(this, volume, "Volume " + Labels.of(volume) + " is " + level + ", which a " + model.name()
					+ " does not offer.", "Set the RAID level of " + volume.getName() + " to "
					+ Labels.oneOf(model.raid().keySet().stream().map(l -> "RAID " + l.getValue()).toList()) + ".");
		} else if (!limits.allows(disks)) {
			findings.error(this, volume, "Volume " + Labels.of(volume) + " is " + level + " on " + disks
					+ " disk(s); on a " + model.name() + " " + level + " needs " + limits.minDisks() + " to "
					+ limits.maxDisks() + " data disks.", disks < limits.minDisks()
							? "Add " + (limits.minDisks() - disks) + " disk(s) to " + volume.getName()
									+ " or set its RAID level to another."
							: "Take " + (disks - limits.maxDisks()) + " disk(s) out of "
									+ volume.getName() + " or split it in two.");
		}
	}
}
