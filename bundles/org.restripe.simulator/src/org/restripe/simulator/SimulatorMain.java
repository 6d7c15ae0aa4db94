package org.restripe.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.modem.ModemTimings;

/**
 * Runs a whole simulated site until Ctrl-C: {@code simulate [--site FILE.restripe] [--state DIR] [--pty DIR]
 * [--speed N] [--fast-modem] [--snmp PORT] [--fault KIND:ARRAY:WHAT]...} (SNMP on 127.0.0.1:16161 unless
 * told otherwise, 0 for none; faults as {@link SiteFault} reads them). The state directory keeps the site as
 * the arrays change it; a restart with the same directory continues from there (the --site file only
 * seeds an empty directory). Bad arguments get a one-line error naming them and exit status 2.
 */
public final class SimulatorMain {
	public static final String USAGE = "usage: simulate [--site FILE.restripe] [--state DIR] [--pty DIR] [--speed N] [--fast-modem]"
			+ " [--snmp PORT] [--fault KIND:ARRAY:WHAT]... (KIND:ARRAY:WHAT is " + SiteFault.FORMS + ")";

	private SimulatorMain() {
	}

	/** What the command line asked for. */
	public record Launch(Path siteFile, Path stateDir, Path ptyDir, double speed, ModemTimings timings, int snmpPort,
			List<SiteFault> faults) {
		public SiteOptions options() {
			return new SiteOptions(stateDir, ptyDir, speed, timings, "secret", "dialme", snmpPort, "public");
		}
	}

	/** A command line the simulator cannot run; the message says which argument and why. */
	public static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}

	public static void main(String[] args) throws InterruptedException {
		try {
			Launch launch = parse(args);
			run(launch);
		} catch (UsageException e) {
			System.err.println("simulate: " + e.getMessage());
			System.err.println(USAGE);
			System.exit(2);
		} catch (SimulatedSite.PortInUseException e) {
			System.err.println("simulate: cannot start the site: " + e.getMessage() + "; --snmp PORT chooses another, 0 none");
			System.exit(1);
		} catch (IOException | SiteFileException e) {
			System.err.println("simulate: cannot start the site: " + e.getMessage());
			System.exit(1);
		}
	}

	/** Reads the command line. */
	public static Launch parse(String... args) throws UsageException {
		Path siteFile = null;
		Path stateDir = Path.of("simulated-site");
		Path ptyDir = null;
		double speed = 60;
		int snmpPort = 16161;
		ModemTimings timings = ModemTimings.realistic();
		List<SiteFault> faults = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			switch (option) {
			case "--site" -> siteFile = path(option, value(args, ++i, option));
			case "--state" -> stateDir = path(option, value(args, ++i, option));
			case "--pty" -> ptyDir = path(option, value(args, ++i, option));
			case "--speed" -> speed = speed(value(args, ++i, option));
			case "--fast-modem" -> timings = ModemTimings.fast();
			case "--snmp" -> snmpPort = udpPort(value(args, ++i, option));
			case "--fault" -> faults.add(fault(value(args, ++i, option)));
			default -> throw new UsageException("unknown option '" + option + "'");
			}
		}
		return new Launch(siteFile, stateDir, ptyDir, speed, timings, snmpPort, List.copyOf(faults));
	}

	private static String value(String[] args, int at, String option) throws UsageException {
		if (at >= args.length) {
			throw new UsageException(option + " needs a value");
		}
		return args[at];
	}

	private static Path path(String option, String value) throws UsageException {
		try {
			return Path.of(value);
		} catch (InvalidPathException e) {
			throw new UsageException("bad " + option + " '" + value + "': not a path");
		}
	}

	private static double speed(String value) throws UsageException {
		try {
			double speed = Double.parseDouble(value);
			if (speed > 0 && Double.isFinite(speed)) {
				return speed;
			}
		} catch (NumberFormatException e) {
			// refused below with the same words as a zero
		}
		throw new UsageException("bad --speed '" + value + "': expected simulated seconds per real second, a number above 0");
	}

	private static int udpPort(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// refused below with the same words as a port out of range
		}
		throw new UsageException("bad --snmp '" + value + "': expected a UDP port 0..65535 (0 for no SNMP agent)");
	}

	private static SiteFault fault(String spec) throws UsageException {
		try {
			return SiteFault.parse(spec);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * Starts the site the launch describes, its faults armed; a fault naming an array or a disk the site
	 * does not have stops it again with a {@link UsageException}.
	 */
	public static SimulatedSite start(Launch launch, Consumer<String> log) throws IOException, SiteFileException, UsageException {
		Site site = loadOrSeed(launch.stateDir(), launch.siteFile());
		if (launch.ptyDir() != null) {
			Files.createDirectories(launch.ptyDir());
		}
		SimulatedSite simulated = new SimulatedSite(site, launch.options(), log);
		try {
			for (SiteFault fault : launch.faults()) {
				fault.applyTo(simulated);
			}
		} catch (IllegalArgumentException e) {
			simulated.close();
			throw new UsageException(e.getMessage());
		}
		return simulated;
	}

	/** The site saved in {@code stateDir}, or else the seed file (or the demo site) saved there first. */
	public static Site loadOrSeed(Path stateDir, Path seed) throws IOException, SiteFileException {
		Path state = SimulatedSite.stateFile(stateDir);
		if (Files.exists(state)) {
			return SiteFiles.load(state);
		}
		Site site = seed == null ? DemoSite.create() : SiteFiles.load(seed);
		Files.createDirectories(stateDir);
		SiteFiles.save(site, state);
		return site;
	}

	private static void run(Launch launch) throws IOException, SiteFileException, UsageException, InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		SimulatedSite simulated = start(launch, line -> System.err.println("[sim] " + line));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulated.close();
			System.out.println("simulated site stopped");
			stopped.countDown();
		}, "simulator-shutdown"));
		SiteOptions options = launch.options();
		System.out.println("simulated site '" + simulated.site().getName() + "' (state in " + options.stateDir().toAbsolutePath() + ")");
		simulated.endpoints().forEach(System.out::println);
		launch.faults().forEach(fault -> System.out.println(fault.describe()));
		System.out.println("array login root/" + options.consolePassword() + ", dial password " + options.dialPassword()
				+ "; Ctrl-C stops");
		System.out.flush();
		stopped.await();
	}
}
