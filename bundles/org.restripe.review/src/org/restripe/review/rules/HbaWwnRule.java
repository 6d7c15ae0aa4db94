package org.restripe.review.rules;

import java.util.Locale;

import org.restripe.model.Host;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.model.catalog.ArrayModel;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * The HBA world wide port names of the hosts: each is 16 hex digits (colons allowed, as HBA tools print
 * them), else no array could be told to grant it. Where the array masks LUNs (a sliced 6120 or T3+), a LUN
 * mapped to a host without one is presented by the LUN map alone: lun perm has nothing to grant.
 */
public final class HbaWwnRule implements Rule {

	@Override
	public String id() {
		return "hba-wwn";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		for (Host host : context.site().getHosts()) {
			for (String wwn : host.getHbaWwns()) {
				if (!isWwn(wwn)) {
					findings.error(this, host, "Host " + Labels.of(host) + " has the HBA WWN '" + wwn
							+ "', which is not a world wide name (16 hex digits, e.g. 210000e08b0a1b01).",
							"Set the HBA WWNs of " + Labels.of(host) + " to the port WWNs its HBAs report"
									+ " (fcinfo hba-port or luxadm -e dump_map), 16 hex digits each.");
				}
			}
		}
		for (StorageUnit unit : context.units()) {
			if (masksLuns(context, unit)) {
				unit.getMappings().forEach(mapping -> checkGrantable(mapping, findings));
			}
		}
	}

	private void checkGrantable(LunMapping mapping, Findings findings) {
		Host host = mapping.getHost();
		if (host != null && !host.eIsProxy() && host.getHbaWwns().stream().noneMatch(HbaWwnRule::isWwn)) {
			findings.warning(this, mapping, "LUN " + Labels.of(mapping.getLun()) + " is mapped to " + Labels.of(host)
					+ ", which has no HBA WWN: the array's LUN masking cannot be granted.",
					"Set the HBA WWNs of " + Labels.of(host) + " to the port WWNs its HBAs report.");
		}
	}

	private static boolean masksLuns(ReviewContext context, StorageUnit unit) {
		return unit.isVolumeSlicing() && context.model(unit).map(ArrayModel::slicing).orElse(false);
	}

	/** As LunMasking reads it: colons and case aside, 16 hex digits. */
	static boolean isWwn(String wwn) {
		return wwn != null && wwn.replace(":", "").strip().toLowerCase(Locale.ROOT).matches("[0-9a-f]{16}");
	}
}
