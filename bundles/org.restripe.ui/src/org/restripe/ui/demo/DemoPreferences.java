package org.restripe.ui.demo;

import java.nio.file.Files;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.connect.ConnectionPreferences;

/**
 * The demo's settings in the workbench preferences (node org.restripe.ui, kept per data directory): whether the
 * demo simulator runs, whether the first run's desk records and diagram were made, and the demo site's line and
 * SNMP targets, pointed at the simulator's ports each time it starts unless the engineer set others.
 */
public final class DemoPreferences {
	/** Whether the demo simulator starts with the workbench; unset: when the data directory has the demo site. */
	public static final String SIMULATOR = "demo.simulator";
	static final String SEEDED = "demo.seeded";
	static final String DIAGRAM_OPENED = "demo.diagramOpened";
	/** What the demo last wrote into line.SITE and snmpTargets.SITE: a value still equal to it is the demo's. */
	static final String WRITTEN_PREFIX = "demo.wrote.";
	public static final String SNMP_TARGETS_PREFIX = "snmpTargets.";
	public static final String SNMP_COMMUNITY_PREFIX = "snmpCommunity.";

	private DemoPreferences() {
	}

	/** Whether the demo simulator is to run for this data directory. */
	public static boolean simulatorWanted(DataDirectory data) {
		String set = get(SIMULATOR);
		if (set != null && !set.isBlank()) {
			return Boolean.parseBoolean(set);
		}
		return Files.isRegularFile(data.sites().resolve(DataDirectory.DEMO_FILE));
	}

	public static void setSimulatorWanted(boolean wanted) {
		put(SIMULATOR, Boolean.toString(wanted));
	}

	static boolean flag(String key) {
		return Boolean.parseBoolean(get(key));
	}

	static void setFlag(String key) {
		put(key, "true");
	}

	/**
	 * Points the site's line at the simulator's center modem, and its SNMP targets at the simulator's agent, unless
	 * the engineer has put something else there.
	 */
	static void pointAtSimulator(String siteName, String line, String snmpTarget, String community, boolean always) {
		claim(ConnectionPreferences.LINE_PREFIX + siteName, line, always);
		claim(SNMP_TARGETS_PREFIX + siteName, snmpTarget, always);
		if (always || get(SNMP_COMMUNITY_PREFIX + siteName) == null) {
			put(SNMP_COMMUNITY_PREFIX + siteName, community);
		}
	}

	private static void claim(String key, String value, boolean always) {
		String now = get(key);
		String wrote = get(WRITTEN_PREFIX + key);
		if (always || now == null || now.isBlank() || now.equals(wrote)) {
			IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ConnectionPreferences.NODE);
			node.put(key, value);
			node.put(WRITTEN_PREFIX + key, value);
			flush(node);
		}
	}

	static String get(String key) {
		return Platform.getPreferencesService().getString(ConnectionPreferences.NODE, key, null, null);
	}

	private static void put(String key, String value) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ConnectionPreferences.NODE);
		node.put(key, value);
		flush(node);
	}

	private static void flush(IEclipsePreferences node) {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next flush writes it
		}
	}
}
