package org.restripe.review.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.Identified;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * Names the devices and people go by are unique where they must be: hosts, LANs, subsystems and arrays in
 * the site (arrays answer to their name on the network), volumes, LUNs and disks in an array.
 */
public final class DuplicateNameRule implements Rule {

	@Override
	public String id() {
		return "duplicate-name";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		Site site = context.site();
		unique("host", site.getHosts(), "the site", findings);
		unique("LAN", site.getLans(), "the site", findings);
		unique("subsystem", site.getSubsystems(), "the site", findings);
		Map<String, Identified> arrays = new HashMap<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				report("array", unit, arrays, "the site", findings);
			}
		}
		for (StorageUnit unit : context.units()) {
			String where = "array " + unit.getName();
			unique("volume", unit.getVolumes(), where, findings);
			unique("LUN", unit.getLuns(), where, findings);
			Map<String, Identified> disks = new HashMap<>();
			for (Tray tray : unit.getTrays()) {
				tray.getDisks().forEach(disk -> report("disk", disk, disks, where, findings));
			}
		}
	}

	private void unique(String kind, List<? extends Identified> elements, String where, Findings findings) {
		Map<String, Identified> seen = new HashMap<>();
		for (Identified element : elements) {
			report(kind, element, seen, where, findings);
		}
	}

	private void report(String kind, Identified element, Map<String, Identified> seen, String where, Findings findings) {
		if (element.getName() == null) {
			return; // unnamed elements (mappings, for one) are known by id only
		}
		Identified other = seen.putIfAbsent(element.getName(), element);
		if (other != null) {
			findings.error(this, element, "Two " + kind + "s in " + where + " are named '" + element.getName() + "' ("
					+ other.getId() + " and " + element.getId() + "); commands and people would mix them up.",
					"Rename " + Labels.of(element) + ".");
		}
	}
}
