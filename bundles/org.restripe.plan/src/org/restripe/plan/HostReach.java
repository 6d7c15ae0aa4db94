package org.restripe.plan;

import org.restripe.model.Host;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Whether a host can see an array: it is one of the hosts of the array's subsystem, or one of the array's
 * ports is cabled to it. A LUN mapped to a host the array cannot reach is a mapping nobody uses, and one
 * left on a host the array is being taken from is a host that loses its disks without being told.
 */
final class HostReach {
	private HostReach() {
	}

	static boolean reaches(StorageUnit unit, Host host) {
		if (unit.eContainer() instanceof Subsystem subsystem && subsystem.getHosts().contains(host)) {
			return true;
		}
		return unit.getPorts().stream().anyMatch(p -> p.getHost() == host);
	}

	/** The first mapping of the unit to a host of {@code from} that {@code to} does not have; null if none. */
	static LunMapping leftBehind(StorageUnit unit, Subsystem from, Subsystem to) {
		for (LunMapping m : unit.getMappings()) {
			if (m.getHost() != null && from.getHosts().contains(m.getHost()) && !to.getHosts().contains(m.getHost())) {
				return m;
			}
		}
		return null;
	}

	/** The first mapping of the unit to a host it no longer reaches; null if none. */
	static LunMapping unreached(StorageUnit unit) {
		for (LunMapping m : unit.getMappings()) {
			if (m.getHost() != null && !reaches(unit, m.getHost())) {
				return m;
			}
		}
		return null;
	}

	static String describe(LunMapping m) {
		return "LUN " + Values.name(m.getLun()) + " is still mapped to host " + Values.name(m.getHost()) + " (LUN number "
				+ m.getLunNumber() + ")";
	}
}
