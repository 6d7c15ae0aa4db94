package org.restripe.ui.connect;

import java.util.Optional;

import org.restripe.model.ManagementHost;
import org.restripe.model.Site;

/**
 * The way to a site as the connection dialog's fields hold it, and the LineSpec string it makes: dial through
 * the center's modem ({@code dial:DEVICE}, {@code dial:tcp:HOST:PORT}), telnet to the management host
 * ({@code telnet:HOST:PORT}) or its console ports ({@code ports:HOST:BASE}, {@code ports:HOST:t3a=7001,...}).
 */
public record LineChoice(Way way, String modem, String telnetHost, String telnetPort, String portsHost,
		String consolePorts) {

	public enum Way {
		DIAL, TELNET, PORTS
	}

	/** What a site without a remembered line starts with: its modem if it has one, else telnet to its host. */
	public static LineChoice defaults(Site site) {
		ManagementHost host = site == null ? null : site.getManagementHost();
		String address = host == null ? "" : host.getAddress() != null ? host.getAddress() : host.getName();
		Way way = site != null && site.getModem() != null ? Way.DIAL : Way.TELNET;
		// the center modem's device as Restripe > Serial Line sets it
		return new LineChoice(way, org.restripe.ui.operations.SerialPreferences.port(), address, "23", address, "7000");
	}

	/** The fields a remembered line fills; what it does not name keeps the site's defaults. */
	public static LineChoice of(String spec, Site site) {
		LineChoice d = defaults(site);
		if (spec == null) {
			return d;
		}
		if (spec.startsWith("dial:")) {
			return new LineChoice(Way.DIAL, spec.substring(5), d.telnetHost, d.telnetPort, d.portsHost, d.consolePorts);
		}
		String[] f = spec.split(":", 3);
		if (f.length == 3 && f[0].equals("telnet")) {
			return new LineChoice(Way.TELNET, d.modem, f[1], f[2], d.portsHost, d.consolePorts);
		}
		if (f.length == 3 && f[0].equals("ports")) {
			return new LineChoice(Way.PORTS, d.modem, d.telnetHost, d.telnetPort, f[1], f[2]);
		}
		return d;
	}

	public String spec() {
		return switch (way) {
		case DIAL -> "dial:" + modem.strip();
		case TELNET -> "telnet:" + telnetHost.strip() + ":" + telnetPort.strip();
		case PORTS -> "ports:" + portsHost.strip() + ":" + consolePorts.strip().replace(" ", "");
		};
	}

	/** What is wrong with the chosen way's fields, naming the field; empty when they can make a line. */
	public Optional<String> problem() {
		return Optional.ofNullable(switch (way) {
		case DIAL -> modemProblem();
		case TELNET -> hostProblem(telnetHost) != null ? hostProblem(telnetHost) : portProblem("Port", telnetPort);
		case PORTS -> hostProblem(portsHost) != null ? hostProblem(portsHost) : consolePortsProblem();
		});
	}

	private String modemProblem() {
		String m = modem.strip();
		if (m.isEmpty()) {
			return "Modem: give the center modem's serial device (e.g. /dev/ttyS0) or tcp:HOST:PORT of a modem server";
		}
		if (m.startsWith("tcp:")) {
			String[] f = m.split(":", 3);
			if (f.length != 3 || f[1].isBlank()) {
				return "Modem: '" + m + "' must read tcp:HOST:PORT";
			}
			String port = portProblem("Modem port", f[2]);
			return port != null ? port : null;
		}
		return m.startsWith("/") ? null : "Modem: '" + m + "' is neither a device path (/dev/...) nor tcp:HOST:PORT";
	}

	private static String hostProblem(String host) {
		String h = host.strip();
		if (h.isEmpty()) {
			return "Host: give the management host's name or address";
		}
		if (h.contains(" ") || h.contains(":")) {
			return "Host: '" + h + "' is not a host name or IPv4 address";
		}
		return null;
	}

	static String portProblem(String field, String text) {
		String t = text.strip();
		try {
			int port = Integer.parseInt(t);
			if (port > 0 && port < 65536) {
				return null;
			}
		} catch (NumberFormatException e) {
			// the message below says what a port is
		}
		return field + ": '" + t + "' is not a TCP port (1-65535)";
	}

	private String consolePortsProblem() {
		String p = consolePorts.strip().replace(" ", "");
		if (p.isEmpty()) {
			return "Console ports: give the base port (console N at BASE+N) or ARRAY=PORT,...";
		}
		if (!p.contains("=")) {
			return portProblem("Console ports", p);
		}
		for (String entry : p.split(",")) {
			String[] kv = entry.split("=", 2);
			if (kv.length != 2 || kv[0].isEmpty()) {
				return "Console ports: '" + entry + "' must read ARRAY=PORT";
			}
			String port = portProblem("Console ports (" + kv[0] + ")", kv[1]);
			if (port != null) {
				return port;
			}
		}
		return null;
	}
}
