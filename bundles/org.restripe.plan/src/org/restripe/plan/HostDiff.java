package org.restripe.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.restripe.drivers.api.Operation;
import org.restripe.model.ChangeKind;
import org.restripe.model.Host;
import org.restripe.model.LunMapping;
import org.restripe.model.Port;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Hosts the desired site brings that the current one lacks: before a LUN of the array is mapped to such a
 * host, someone at the site connects it (cables its HBA to the array, zones it), a step of its own in the
 * array's lane. The array cannot show that a host is connected, so the person confirms it.
 */
final class HostDiff {
	private final Set<String> currentHosts;
	private final StorageUnit desired;
	private final Lane lane;

	HostDiff(Set<String> currentHosts, StorageUnit desired, Lane lane) {
		this.currentHosts = currentHosts;
		this.desired = desired;
		this.lane = lane;
	}

	/** The ids of the hosts of a site. */
	static Set<String> hostIds(Site site) {
		return site.getHosts().stream().map(Values::id).collect(Collectors.toSet());
	}

	void diff() {
		Map<String, Host> wanted = new LinkedHashMap<>();
		for (Port port : desired.getPorts()) {
			add(wanted, port.getHost());
		}
		for (LunMapping mapping : desired.getMappings()) {
			add(wanted, mapping.getHost());
		}
		wanted.values().forEach(this::connect);
	}

	private void add(Map<String, Host> wanted, Host host) {
		if (host != null && host.getId() != null && !currentHosts.contains(host.getId())) {
			wanted.putIfAbsent(host.getId(), host);
		}
	}

	private void connect(Host host) {
		Map<String, String> after = new LinkedHashMap<>();
		after.put("host", host.getId());
		after.put("hostName", Values.name(host));
		after.put("operatingSystem", Values.nz(host.getOperatingSystem()));
		after.put("subsystems", subsystemsOf(host));
		lane.add(Operation.ADD_HOST, host.getId(), Values.name(host), Map.of(), after, ChangeKind.DEVICE_MOVE,
				"connect new host " + Values.name(host) + " to array " + desired.getName()
						+ " (cable its HBA, zone it) before any LUN is mapped to it");
	}

	/** The desired site's subsystems that list the host, as ids joined by commas. */
	private static String subsystemsOf(Host host) {
		if (!(host.eContainer() instanceof Site site)) {
			return "";
		}
		return site.getSubsystems().stream().filter(s -> s.getHosts().contains(host)).map(Subsystem::getId)
				.collect(Collectors.joining(","));
	}
}
