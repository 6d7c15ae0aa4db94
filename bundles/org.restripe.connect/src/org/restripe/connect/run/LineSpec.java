package org.restripe.connect.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.connect.host.HostMenuDialect;
import org.restripe.model.ManagementHost;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;

/**
 * The way to a site written as one string, as the CLI's {@code --line} and the workbench's connection settings
 * take it:
 * <ul>
 * <li>{@code telnet:HOST:PORT}: the management host's terminal server menu over a LAN link;</li>
 * <li>{@code ports:HOST:BASE}: one TCP port a console, console N of the management host's serial ports (in the
 * site's order, from 1) at BASE+N; or {@code ports:HOST:t3a=7001,t3b=7002} naming each;</li>
 * <li>{@code dial:DEVICE} or {@code dial:tcp:HOST:PORT}: the center's modem on a serial line (or a modem server
 * on TCP) dials the site's dialback modem, as the site file gives its number.</li>
 * </ul>
 */
public final class LineSpec {
	private LineSpec() {
	}

	/** Thrown for a line that cannot be understood; the message says what is wrong and what is allowed. */
	public static final class BadLineException extends Exception {
		private static final long serialVersionUID = 1L;

		public BadLineException(String message) {
			super(message);
		}
	}

	/**
	 * The way to reach the consoles; dialling is done by {@code dialler}, which knows the center's modem. The line
	 * is dropped after {@code idleLimit} without a byte either way, and the recording says why.
	 */
	public static SiteLink parse(String spec, Site site, Duration timeout, Duration idleLimit, Dialler dialler)
			throws BadLineException {
		String[] f = spec.split(":", 3);
		switch (f[0]) {
		case "telnet":
			requireParts(spec, f, "telnet:HOST:PORT");
			return new TelnetSiteLink(f[1], port(spec, f[2]), HostMenuDialect.storageManagementHost(), timeout, idleLimit);
		case "ports":
			requireParts(spec, f, "ports:HOST:BASE or ports:HOST:ARRAY=PORT,...");
			return new ConsolePortsSiteLink(f[1], ports(spec, f[2], site), timeout, idleLimit);
		case "dial":
			if (f.length < 2 || f[1].isEmpty()) {
				throw new BadLineException("'" + spec + "' names no modem: write dial:/dev/ttyS0 or dial:tcp:HOST:PORT");
			}
			if (site.getModem() == null || site.getModem().getNumber() == null) {
				throw new BadLineException("site " + site.getName() + " has no dialback modem with a number to dial");
			}
			return dialler.link(spec.substring(5), site, timeout, idleLimit);
		default:
			throw new BadLineException("'" + spec + "' is not a line: write telnet:HOST:PORT, ports:HOST:BASE or "
					+ "dial:DEVICE");
		}
	}

	/** Dials the site through the center's modem; supplied by whoever knows how the modem is reached. */
	@FunctionalInterface
	public interface Dialler {
		SiteLink link(String modem, Site site, Duration timeout, Duration idleLimit) throws BadLineException;
	}

	private static void requireParts(String spec, String[] f, String form) throws BadLineException {
		if (f.length != 3 || f[1].isEmpty() || f[2].isEmpty()) {
			throw new BadLineException("'" + spec + "' must read " + form);
		}
	}

	private static int port(String spec, String text) throws BadLineException {
		try {
			int port = Integer.parseInt(text);
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// the message below says what a port is
		}
		throw new BadLineException("'" + spec + "': '" + text + "' is not a TCP port (1-65535)");
	}

	private static Map<String, Integer> ports(String spec, String text, Site site) throws BadLineException {
		Map<String, Integer> ports = new LinkedHashMap<>();
		if (!text.contains("=")) {
			int base = port(spec, text);
			List<String> consoles = consoles(site);
			if (consoles.isEmpty()) {
				throw new BadLineException("site " + site.getName() + " has no management host with consoles wired");
			}
			for (int i = 0; i < consoles.size(); i++) {
				ports.put(consoles.get(i), port(spec, Integer.toString(base + i + 1)));
			}
			return ports;
		}
		for (String entry : text.split(",")) {
			String[] kv = entry.split("=", 2);
			if (kv.length != 2 || kv[0].isBlank()) {
				throw new BadLineException("'" + spec + "': '" + entry + "' must read ARRAY=PORT");
			}
			ports.put(kv[0].strip(), port(spec, kv[1].strip()));
		}
		return ports;
	}

	/** The arrays wired to the management host's serial ports, in port order. */
	private static List<String> consoles(Site site) {
		ManagementHost host = site.getManagementHost();
		if (host == null) {
			return List.of();
		}
		return host.getSerialPorts().stream().map(SerialPort::getConsole).filter(u -> u != null).map(u -> u.getName())
				.toList();
	}
}
