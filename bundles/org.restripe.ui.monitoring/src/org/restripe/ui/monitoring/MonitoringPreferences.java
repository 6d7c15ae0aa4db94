package org.restripe.ui.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.SnmpCredentials;

/**
 * A site's SNMP targets as the workbench keeps them (agreed with the first-run demo): in node "org.restripe.ui",
 * key {@code snmpTargets.<site>} = space-separated HOST:PORT entries (UDP, SNMPv2c) and key
 * {@code snmpCommunity.<site>} (default "public"); {@code monitorEverySeconds} is the time between rounds.
 */
public final class MonitoringPreferences {
	public static final String NODE = "org.restripe.ui";
	public static final String TARGETS_PREFIX = "snmpTargets.";
	public static final String COMMUNITY_PREFIX = "snmpCommunity.";
	public static final String EVERY = "monitorEverySeconds";
	public static final String DEFAULT_COMMUNITY = "public";
	public static final int DEFAULT_EVERY_SECONDS = 60;
	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private MonitoringPreferences() {
	}

	/** The site's targets as HOST:PORT, in the order they were set; none when nothing is set. */
	public static List<String> targets(String site) {
		return parseTargets(value(TARGETS_PREFIX + site, ""));
	}

	public static String community(String site) {
		String community = value(COMMUNITY_PREFIX + site, DEFAULT_COMMUNITY);
		return community.isBlank() ? DEFAULT_COMMUNITY : community;
	}

	/** The time between two rounds of ongoing monitoring. */
	public static Duration every() {
		int seconds = Platform.getPreferencesService().getInt(NODE, EVERY, DEFAULT_EVERY_SECONDS, null);
		return Duration.ofSeconds(seconds > 0 ? seconds : DEFAULT_EVERY_SECONDS);
	}

	/** Keeps the site's targets (checked first: see {@link #parseTargets}) and community. */
	public static void set(String site, String targets, String community) {
		List<String> parsed = parseTargets(targets);
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		if (parsed.isEmpty()) {
			node.remove(TARGETS_PREFIX + site);
		} else {
			node.put(TARGETS_PREFIX + site, String.join(" ", parsed));
		}
		if (community == null || community.isBlank() || community.strip().equals(DEFAULT_COMMUNITY)) {
			node.remove(COMMUNITY_PREFIX + site);
		} else {
			node.put(COMMUNITY_PREFIX + site, community.strip());
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the next flush writes it
		}
	}

	public static void setEvery(Duration every) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.putInt(EVERY, (int) Math.max(1, every.toSeconds()));
	}

	/**
	 * HOST:PORT entries separated by spaces or commas.
	 *
	 * @throws IllegalArgumentException naming the first entry that is not HOST:PORT with a port of 1 to 65535
	 */
	public static List<String> parseTargets(String text) {
		List<String> targets = new ArrayList<>();
		for (String entry : text.strip().split("[\\s,]+")) {
			if (entry.isEmpty()) {
				continue;
			}
			int colon = entry.lastIndexOf(':');
			if (colon <= 0 || colon == entry.length() - 1) {
				throw new IllegalArgumentException("'" + entry + "' is not HOST:PORT (e.g. 127.0.0.1:16161)");
			}
			String port = entry.substring(colon + 1);
			if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65_535) {
				throw new IllegalArgumentException("'" + entry + "': the port '" + port + "' is not a number from 1 to 65535");
			}
			if (entry.substring(0, colon).contains("/") || entry.substring(0, colon).contains(":")) {
				throw new IllegalArgumentException("'" + entry + "' is not HOST:PORT (e.g. 127.0.0.1:16161)");
			}
			targets.add(entry);
		}
		return targets;
	}

	/** The poller's targets for the site (v2c with its community), named by their address. */
	public static List<PollTarget> pollTargets(String site) {
		SnmpCredentials credentials = new SnmpCredentials.Community(community(site));
		return targets(site).stream().map(t -> PollTarget.of(t.substring(0, t.lastIndexOf(':')) + "/"
				+ t.substring(t.lastIndexOf(':') + 1), credentials).withTimeout(TIMEOUT, 1)).toList();
	}

	private static String value(String key, String fallback) {
		String value = Platform.getPreferencesService().getString(NODE, key, fallback, null);
		return value == null ? fallback : value;
	}
}
