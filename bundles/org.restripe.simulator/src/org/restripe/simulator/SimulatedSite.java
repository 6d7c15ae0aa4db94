package org.restripe.simulator;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.restripe.model.DialbackModem;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.simulator.array.ArrayFaults;
import org.restripe.simulator.array.DsCliConsole;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.array.T3Console;
import org.restripe.simulator.host.ConsolePort;
import org.restripe.simulator.host.TerminalServer;
import org.restripe.simulator.line.ExclusiveLine;
import org.restripe.simulator.line.PtyLine;
import org.restripe.simulator.line.TcpLine;
import org.restripe.simulator.modem.DialSecurity;
import org.restripe.simulator.modem.HayesModem;
import org.restripe.simulator.modem.TelephoneNetwork;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.LoadProfile;
import org.restripe.simulator.snmp.SiteSnmpAgent;

/**
 * A whole client site from a {@link Site}: every Sun array with its console (one serial console that its
 * TCP port and, when asked, its pty share one session at a time),
 * the management host's terminal server (telnet on loopback and behind the dialback modem), the telephone
 * network with the center's modem on it, and the SNMP agent. Every array change saves the site to the
 * state directory (atomically), so a restart continues where the last run stopped.
 */
public final class SimulatedSite implements AutoCloseable {
	private final Site site;
	private final SiteOptions options;
	private final Consumer<String> log;
	private final SimulatedClock clock;
	private final Map<String, StorageArray> arrays = new LinkedHashMap<>();
	private final Map<String, ArrayFaults> faults = new LinkedHashMap<>();
	private final Map<String, ExclusiveLine> consoleLines = new LinkedHashMap<>();
	private final Map<String, TcpLine> consoles = new LinkedHashMap<>();
	private final Map<String, PtyLine> consolePtys = new LinkedHashMap<>();
	private final List<AutoCloseable> resources = new ArrayList<>();
	private final TelephoneNetwork network = new TelephoneNetwork();
	private TcpLine telnet;
	private TcpLine centerModemLine;
	private PtyLine centerModemPty;
	private HayesModem centerModem;

	public SimulatedSite(Site site, SiteOptions options, Consumer<String> log) throws IOException {
		this.site = site;
		this.options = options;
		this.log = log;
		this.clock = new SimulatedClock(options.speed());
		try {
			startArrays();
			startManagementHost();
			startModems();
			startSnmp();
		} catch (IOException | RuntimeException e) {
			close();
			throw e;
		}
	}

	private void startArrays() throws IOException {
		for (Subsystem subsystem : site.getSubsystems()) {
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				if (unit.getCatalogModel() == null || unit.getCatalogModel().startsWith("ESS")) {
					continue;
				}
				StorageArray array = new StorageArray(unit, clock);
				array.addChangeListener(this::saveState);
				ArrayFaults arrayFaults = new ArrayFaults();
				arrays.put(unit.getName(), array);
				faults.put(unit.getName(), arrayFaults);
				// a DS8000 speaks the DS CLI; every other array the T3 command line
				ExclusiveLine serial = keep("DS8000".equals(unit.getCatalogModel())
						? new DsCliConsole(array, options.consolePassword()).serialLine(log)
						: new T3Console(array, arrayFaults, options.consolePassword()).serialLine(log));
				consoleLines.put(unit.getName(), serial);
				consoles.put(unit.getName(), keep(new TcpLine(unit.getName(), 0, serial, log)));
				if (options.ptyDir() != null) {
					consolePtys.put(unit.getName(), keep(new PtyLine(options.ptyDir().resolve(unit.getName()), serial, log)));
				}
			}
		}
	}

	private void startManagementHost() throws IOException {
		List<ConsolePort> ports = new ArrayList<>();
		if (site.getManagementHost() != null) {
			int number = 1;
			for (SerialPort port : site.getManagementHost().getSerialPorts()) {
				TcpLine console = port.getConsole() == null ? null : consoles.get(port.getConsole().getName());
				if (console != null) {
					ports.add(new ConsolePort(number++, port.getDevice(), port.getConsole().getName(), console.port()));
				}
			}
		}
		String hostName = site.getManagementHost() == null ? "storemgr" : site.getManagementHost().getName();
		TerminalServer server = new TerminalServer(hostName, ports, log);
		telnet = keep(new TcpLine(hostName + "-telnet", 0, server.overTelnet(), log));
		DialbackModem modem = site.getModem();
		if (modem != null) {
			DialSecurity security = new DialSecurity();
			security.define("0=" + options.dialPassword() + ",1,1,0," + modem.getCallbackNumber());
			new org.restripe.simulator.modem.DialbackModem(modem.getNumber(), network, options.timings(), security,
					server.overModem(), log);
		}
	}

	private void startModems() throws IOException {
		DialbackModem modem = site.getModem();
		if (modem == null || modem.getCallbackNumber() == null) {
			return;
		}
		centerModem = new HayesModem(modem.getCallbackNumber(), network, options.timings(), log);
		centerModemLine = keep(new TcpLine("center-modem", 0, centerModem, log));
		if (options.ptyDir() != null) {
			centerModemPty = keep(new PtyLine(options.ptyDir().resolve("center-modem"), centerModem, log));
		}
	}

	private void startSnmp() throws IOException {
		if (options.snmpPort() > 0) {
			try {
				// the agent speaks the Sun arrays' MIB, which a DS8000 does not have
				List<StorageArray> sun = arrays.values().stream().filter(a -> !"DS8000".equals(a.unit().getCatalogModel()))
						.toList();
				keep(SiteSnmpAgent.start(options.snmpPort(), options.snmpCommunity(), sun,
						LoadProfile.load(options.stateDir(), ArrayLoad.typical())));
			} catch (BindException e) {
				// the JDK says only "Address already in use"; the engineer needs to know which port
				throw new PortInUseException("the SNMP agent's port udp 127.0.0.1:" + options.snmpPort()
						+ " is already in use (another simulator or agent holds it)", options.snmpPort(), e);
			}
		}
	}

	/** A port the site must listen on is taken; the message names it. */
	public static final class PortInUseException extends BindException {
		private static final long serialVersionUID = 1L;
		private final int port;

		PortInUseException(String message, int port, BindException cause) {
			super(message);
			this.port = port;
			initCause(cause);
		}

		public int port() {
			return port;
		}
	}

	private <T extends AutoCloseable> T keep(T resource) {
		resources.add(resource);
		return resource;
	}

	/** Saves the whole site atomically; called after every array change. */
	private synchronized void saveState() {
		if (options.stateDir() == null) {
			return;
		}
		try {
			Files.createDirectories(options.stateDir());
			SiteFiles.save(site, stateFile(options.stateDir()));
		} catch (IOException | SiteFileException e) {
			log.accept("could not save the site state: " + e.getMessage());
		}
	}

	/** The file a state directory keeps the site in. */
	public static Path stateFile(Path stateDir) {
		return stateDir.resolve("site.restripe");
	}

	public Site site() {
		return site;
	}

	public SimulatedClock clock() {
		return clock;
	}

	public Map<String, StorageArray> arrays() {
		return arrays;
	}

	public StorageArray array(String name) {
		return arrays.get(name);
	}

	public ArrayFaults faults(String name) {
		return faults.get(name);
	}

	/** The array's console line: who holds it, and a way to wait until it is free. */
	public ExclusiveLine consoleLine(String arrayName) {
		return consoleLines.get(arrayName);
	}

	public int consolePort(String arrayName) {
		return consoles.get(arrayName).port();
	}

	public Path consolePty(String arrayName) {
		PtyLine pty = consolePtys.get(arrayName);
		return pty == null ? null : pty.clientPath();
	}

	public int telnetPort() {
		return telnet.port();
	}

	public int centerModemPort() {
		return centerModemLine == null ? -1 : centerModemLine.port();
	}

	public Path centerModemPty() {
		return centerModemPty == null ? null : centerModemPty.clientPath();
	}

	public TelephoneNetwork network() {
		return network;
	}

	/** One line per endpoint, for people and scripts. */
	public List<String> endpoints() {
		List<String> lines = new ArrayList<>();
		for (String name : arrays.keySet()) {
			Path pty = consolePty(name);
			lines.add(String.format("array %-8s console tcp 127.0.0.1:%d%s", name, consolePort(name),
					pty == null ? "" : "  pty " + pty));
		}
		lines.add("management host telnet 127.0.0.1:" + telnetPort());
		if (site.getModem() != null && centerModem != null) {
			lines.add("site modem " + site.getModem().getNumber() + " calls back " + site.getModem().getCallbackNumber());
			lines.add("center modem tcp 127.0.0.1:" + centerModemPort()
					+ (centerModemPty == null ? "" : "  pty " + centerModemPty.clientPath()) + "  (dial: ATDT" + site.getModem().getNumber() + ")");
		}
		if (options.snmpPort() > 0) {
			lines.add("snmp agent udp 127.0.0.1:" + options.snmpPort() + " (v2c community " + options.snmpCommunity()
					+ "; v3 user " + SiteSnmpAgent.V3_USER + " SHA-256/AES-128)");
		}
		return lines;
	}

	@Override
	public void close() {
		// brought up to now first, so the state directory holds each running operation's last progress
		arrays.values().forEach(StorageArray::refresh);
		for (int i = resources.size() - 1; i >= 0; i--) {
			try {
				resources.get(i).close();
			} catch (Exception e) {
				log.accept("while stopping the site: " + e.getMessage());
			}
		}
		faults.values().forEach(ArrayFaults::releaseHangs);
		resources.clear();
	}
}
