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
 * Hosts the array is to serve that the current site does not connect to it: a host new to the site, or one
 * that joins the array's subsystem. Before a LUN of the array is mapped to such a host, someone at the site
 * connects it (cables its HBA to the array, zones it), a step of its own in the array's lane. The array
 * cannot show that a host is connected, so the person confirms it.
 */
final class HostDiff {
	private final Known current;
	private final StorageUnit desired;
	private final Lane lane;

	/** The current site's hosts and each subsystem's hosts, by id. */
	record Known(Set<String> hosts, Map<String, Set<String>> bySubsystem) {
	}

	HostDiff(Known current, StorageUnit desired, Lane lane) {
		this.current = current;
		this.desired = desired;
		this.lane = lane;
	}

	static Known known(Site site) {
		Map<String, Set<String>> bySubsystem = new java.util.HashMap<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			bySubsystem.put(Values.id(subsystem), subsystem.getHosts().stream().map(Values::id).collect(Collectors.toSet()));
		}
		return new Known(site.getHosts().stream().map(Values::id).collect(Collectors.toSet()), bySubsystem);
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
		if (host != null && host.getId() != null && (isNew(host) || joins(host))) {
			wanted.putIfAbsent(host.getId(), host);
		}
	}

	private boolean isNew(Host host) {
		return !current.hosts().contains(host.getId());
	}

	/** Whether the host is one of the array's subsystem's hosts in the design and not yet in the site. */
	private boolean joins(Host host) {
		if (!(desired.eContainer() instanceof Subsystem subsystem) || !subsystem.getHosts().contains(host)) {
			return false;
		}
		return !current.bySubsystem().getOrDefault(subsystem.getId(), Set.of()).contains(host.getId());
	}

	private void connect(Host host) {
		Map<String, String> after = new LinkedHashMap<>();
		after.put("host", host.getId());
		after.put("hostName", Values.name(host));
		after.put("operatingSystem", Values.nz(host.getOperatingSystem()));
		after.put("subsystems", subsystemsOf(host));
		String which = isNew(host) ? "new host " : "host ";
		lane.add(Operation.ADD_HOST, host.getId(), Values.name(host), Map.of(), after, ChangeKind.DEVICE_MOVE,
				"connect " + which + Values.name(host) + " to array " + desired.getName()
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
