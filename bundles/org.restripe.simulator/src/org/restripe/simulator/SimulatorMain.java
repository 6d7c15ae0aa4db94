package org.restripe.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.modem.ModemTimings;

/**
 * Runs a whole simulated site until Ctrl-C: {@code simulate [--site FILE.restripe] [--state DIR] [--pty DIR]
 * [--speed N] [--fast-modem] [--snmp PORT]} (SNMP on 127.0.0.1:16161 unless told otherwise, 0 for none). The state directory keeps the site as the arrays change it; a restart with
 * the same directory continues from there (the --site file only seeds an empty directory).
 */
public final class SimulatorMain {
	private SimulatorMain() {
	}

	public static void main(String[] args) throws Exception {
		Path siteFile = null;
		Path stateDir = Path.of("simulated-site");
		Path ptyDir = null;
		double speed = 60;
		int snmpPort = 16161;
		ModemTimings timings = ModemTimings.realistic();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--site" -> siteFile = Path.of(args[++i]);
			case "--state" -> stateDir = Path.of(args[++i]);
			case "--pty" -> ptyDir = Path.of(args[++i]);
			case "--speed" -> speed = Double.parseDouble(args[++i]);
			case "--fast-modem" -> timings = ModemTimings.fast();
			case "--snmp" -> snmpPort = Integer.parseInt(args[++i]);
			default -> {
				System.err.println("usage: simulate [--site FILE.restripe] [--state DIR] [--pty DIR] [--speed N] [--fast-modem] [--snmp PORT]");
				System.exit(2);
			}
			}
		}
		Site site = loadOrSeed(stateDir, siteFile);
		if (ptyDir != null) {
			Files.createDirectories(ptyDir);
		}
		SiteOptions options = new SiteOptions(stateDir, ptyDir, speed, timings, "secret", "dialme", snmpPort, "public");
		run(site, options);
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

	private static void run(Site site, SiteOptions options) throws IOException, InterruptedException {
		CountDownLatch stopped = new CountDownLatch(1);
		SimulatedSite simulated = new SimulatedSite(site, options, line -> System.err.println("[sim] " + line));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulated.close();
			System.out.println("simulated site stopped");
			stopped.countDown();
		}, "simulator-shutdown"));
		System.out.println("simulated site '" + site.getName() + "' (state in " + options.stateDir().toAbsolutePath() + ")");
		simulated.endpoints().forEach(System.out::println);
		System.out.println("array login root/" + options.consolePassword() + ", dial password " + options.dialPassword()
				+ "; Ctrl-C stops");
		stopped.await();
	}
}
