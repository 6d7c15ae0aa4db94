package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;

import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/** Each LUN mapping presents an existing LUN of its array to a host of the site, under a free LUN number. */
public final class MappingRule implements Rule {

	@Override
	public String id() {
		return "mapping";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (StorageUnit unit : context.units()) {
			Map<Host, Map<Integer, LunMapping>> numbers = new HashMap<>();
			for (LunMapping mapping : unit.getMappings()) {
				Lun lun = mapping.getLun();
				Host host = mapping.getHost();
				if (lun == null || lun.eIsProxy() || lun.eContainer() != unit) {
					findings.error(this, mapping, "Mapping " + mapping.getId() + " on " + Labels.of(unit)
							+ " presents a LUN that does not exist on this array.", "Delete mapping " + mapping.getId()
							+ ", or set its LUN to a LUN of " + unit.getName() + ".");
				}
				if (host == null || host.eIsProxy() || !context.isSiteHost(host)) {
					findings.error(this, mapping, "Mapping " + mapping.getId() + " on " + Labels.of(unit)
							+ " presents its LUN to a host that is not part of the site.", "Delete mapping " + mapping.getId()
							+ ", or set its host to a host of the site.");
				} else {
					LunMapping clash = numbers.computeIfAbsent(host, h -> new HashMap<>()).putIfAbsent(mapping.getLunNumber(), mapping);
					if (clash != null) {
						findings.error(this, mapping, "Host " + host.getName() + " would see two LUNs of " + Labels.of(unit)
								+ " as LUN " + mapping.getLunNumber() + " (" + clash.getId() + " and " + mapping.getId() + ").",
								"Set the LUN number of mapping " + mapping.getId()
								+ " to one " + host.getName() + " does not use yet.");
					}
				}
			}
		}
	}
}
