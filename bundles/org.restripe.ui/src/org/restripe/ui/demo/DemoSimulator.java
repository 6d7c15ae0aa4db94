package org.restripe.ui.demo;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SimulatorMain;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;
import org.restripe.ui.DataDirectory;

/**
 * The bundled simulator playing the demo site inside the workbench: its arrays behind the management host, the
 * site's dialback modem and the center's modem on a loopback TCP port, and an SNMP agent on a loopback UDP port.
 * Its state lives in DATA/demo-simulator, so a change run on it is still there at the next start, as at a real
 * site. At most one runs; {@link #stop()} is what the workbench's shutdown calls.
 */
public final class DemoSimulator {
	/** The simulator's own passwords (as `simulate` prints them): public knowledge, not secrets of a customer. */
	public static final String ARRAY_PASSWORD = "secret";
	public static final String DIAL_PASSWORD = "dialme";
	public static final String COMMUNITY = "public";
	public static final String STATE_FOLDER = "demo-simulator";
	/** Real enough to watch (rings, the callback), short enough for a demo: the call is back in ~5 s, not 90. */
	static final ModemTimings TIMINGS = new ModemTimings(Duration.ofSeconds(1), Duration.ofSeconds(1),
			Duration.ofSeconds(3), Duration.ofMinutes(1), Duration.ofSeconds(1));
	/** Simulated seconds a second: a volume initialises in minutes, not hours. */
	static final double SPEED = 600;
	private static final int LOG_LINES = 500;

	private static SimulatedSite running;
	private static int snmpPort;
	private static final Deque<String> LOG = new ArrayDeque<>();

	private DemoSimulator() {
	}

	/**
	 * Starts the simulator for the data directory's demo site (its last state, else the demo site file) and points
	 * the demo site's line and SNMP targets at it; returns the one running if there is one.
	 */
	public static synchronized SimulatedSite start(DataDirectory data) throws IOException, SiteFileException {
		if (running != null) {
			return running;
		}
		Path state = data.path().resolve(STATE_FOLDER);
		Site site = SimulatorMain.loadOrSeed(state, data.sites().resolve(DataDirectory.DEMO_FILE));
		snmpPort = freeUdpPort();
		running = new SimulatedSite(site, new SiteOptions(state, null, SPEED, TIMINGS, ARRAY_PASSWORD, DIAL_PASSWORD,
				snmpPort, COMMUNITY), DemoSimulator::log);
		DemoPreferences.pointAtSimulator(siteName(), line(running), snmpTarget(), COMMUNITY, false);
		return running;
	}

	/**
	 * Points the demo site's line and SNMP targets at the running simulator even when the engineer set others
	 * (Restripe > Demo, OK with the simulator on); nothing when it does not run.
	 */
	public static synchronized void pointDemoSiteAtSimulator() {
		if (running != null) {
			DemoPreferences.pointAtSimulator(siteName(), line(running), snmpTarget(), COMMUNITY, true);
		}
	}

	private static String snmpTarget() {
		return "127.0.0.1:" + snmpPort;
	}

	/** Stops the simulator and closes all its ports; nothing when none runs. */
	public static synchronized void stop() {
		if (running != null) {
			SimulatedSite site = running;
			running = null;
			site.close();
		}
	}

	/** The running simulator, or null. */
	public static synchronized SimulatedSite running() {
		return running;
	}

	/** The demo site's name as the Sites view and the preferences know it: its file name. */
	public static String siteName() {
		String file = DataDirectory.DEMO_FILE;
		return file.substring(0, file.length() - ".restripe".length());
	}

	/** The line to the simulator as the workbench's Connect takes it: dial through the center's modem. */
	public static String line(SimulatedSite site) {
		return "dial:tcp:127.0.0.1:" + site.centerModemPort();
	}

	/** The simulator's last log lines (what it was asked, who connected); never a password. */
	public static List<String> log() {
		synchronized (LOG) {
			return List.copyOf(LOG);
		}
	}

	private static void log(String line) {
		synchronized (LOG) {
			if (LOG.size() == LOG_LINES) {
				LOG.removeFirst();
			}
			LOG.addLast(line);
		}
	}

	/** A UDP port on loopback nobody uses now, for the SNMP agent (the agent needs a number, not 0). */
	private static int freeUdpPort() throws IOException {
		try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return probe.getLocalPort();
		}
	}
}
