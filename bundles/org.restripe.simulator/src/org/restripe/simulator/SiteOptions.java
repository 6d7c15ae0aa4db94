package org.restripe.simulator;

import java.nio.file.Path;

import org.restripe.simulator.modem.ModemTimings;

/**
 * How to run a simulated site.
 *
 * @param stateDir where the site's state is saved after every change (null: in memory only)
 * @param ptyDir where console and modem ptys are created (null: TCP only, no socat needed)
 * @param speed simulated seconds per real second for long array operations
 * @param consolePassword the arrays' root password
 * @param dialPassword the dial-security password of the modem's dialback account
 * @param snmpPort the SNMP agent's UDP port on 127.0.0.1, 0 for none
 */
public record SiteOptions(Path stateDir, Path ptyDir, double speed, ModemTimings timings, String consolePassword,
		String dialPassword, int snmpPort, String snmpCommunity) {

	public static SiteOptions forTests() {
		return new SiteOptions(null, null, 1.0, ModemTimings.fast(), "secret", "dialme", 0, "public");
	}

	public SiteOptions withPtyDir(Path dir) {
		return new SiteOptions(stateDir, dir, speed, timings, consolePassword, dialPassword, snmpPort, snmpCommunity);
	}

	public SiteOptions withStateDir(Path dir) {
		return new SiteOptions(dir, ptyDir, speed, timings, consolePassword, dialPassword, snmpPort, snmpCommunity);
	}

	public SiteOptions withSnmpPort(int port) {
		return new SiteOptions(stateDir, ptyDir, speed, timings, consolePassword, dialPassword, port, snmpCommunity);
	}
}
