package org.restripe.bench;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpCredentials;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.poll.SubtreeWalk;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.SiteSnmpAgent;

/**
 * A full walk (everything under 1.3.6.1) of net-snmp's snmpd on loopback, v2c, GETBULK with 10 repetitions
 * (snmpbulkwalk's default), in the same rounds: (a) the poller's SubtreeWalk, (b) net-snmp's snmpbulkwalk
 * as a process, its start-up (a walk of sysUpTime alone, median) counted and also taken off; then
 * snmpbulkwalk against the simulator's agent under the same walk, as values per second against snmpd's.
 * Args: [rounds]. Needs snmpd and snmpbulkwalk on the PATH.
 */
public final class WalkBench {
	private static final String ROOT = "1.3.6.1";

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
		Bench.header("WalkBench: full walk of " + ROOT + ", " + rounds + " rounds");
		Path dir = Files.createTempDirectory("walkbench");
		int snmpdPort = freePort();
		Process snmpd = startSnmpd(dir, snmpdPort);
		SiteSnmpAgent sim = null;
		try (SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			PollTarget target = PollTarget.of("127.0.0.1/" + snmpdPort, SnmpCredentials.community("public"))
					.withTimeout(Duration.ofSeconds(5), 1);
			waitForSnmpd(poller, target);
			sim = startSimulatorLike(poller, poller.walk(target, ROOT, 10).get(60, TimeUnit.SECONDS).values().size());
			warmUp(poller, target, PollTarget.of("127.0.0.1/" + sim.port(), SnmpCredentials.community("public")));
			compare(poller, target, snmpdPort, sim, rounds);
		} finally {
			if (sim != null) {
				sim.close();
			}
			snmpd.destroy();
			snmpd.waitFor(5, TimeUnit.SECONDS);
		}
	}

	private static void compare(SnmpPoller poller, PollTarget target, int snmpdPort, SiteSnmpAgent sim, int rounds)
			throws Exception {
		List<Double> ours = new ArrayList<>();
		List<Double> theirs = new ArrayList<>();
		List<Double> startup = new ArrayList<>();
		List<Double> simRates = new ArrayList<>();
		List<Double> simNet = new ArrayList<>();
		List<Double> oursSim = new ArrayList<>();
		PollTarget simTarget = PollTarget.of("127.0.0.1/" + sim.port(), SnmpCredentials.community("public"));
		int values = 0;
		int lines = 0;
		for (int r = 0; r < rounds + 1; r++) {
			Bench.Timed<SubtreeWalk> walk = Bench.time(() -> poller.walk(target, ROOT, 10).get(60, TimeUnit.SECONDS));
			if (walk.value().error() != null) {
				throw new IllegalStateException(walk.value().error());
			}
			Bench.Timed<Integer> bulk = Bench.time(() -> bulkwalk(snmpdPort, ROOT));
			Bench.Timed<Integer> none = Bench.time(() -> bulkwalk(snmpdPort, "1.3.6.1.2.1.1.3"));
			Bench.Timed<Integer> simBulk = Bench.time(() -> bulkwalk(sim.port(), ROOT));
			Bench.Timed<SubtreeWalk> simWalk = Bench.time(() -> poller.walk(simTarget, ROOT, 10).get(60, TimeUnit.SECONDS));
			if (r == 0) {
				continue; // warm-up round
			}
			values = walk.value().values().size();
			lines = bulk.value();
			ours.add(values / (walk.millis() / 1000));
			theirs.add(lines / (bulk.millis() / 1000));
			startup.add(none.millis());
			simRates.add(simBulk.value() / (simBulk.millis() / 1000));
			simNet.add(simBulk.millis());
			oursSim.add(simWalk.value().values().size() / (simWalk.millis() / 1000));
		}
		System.out.printf("values: poller %d, snmpbulkwalk %d (snmpd); snmpbulkwalk on the simulator %d%n", values, lines,
				bulkwalk(sim.port(), ROOT));
		Spread.print("poller walk of snmpd", Spread.of(ours), "%.0f", "values/s", null);
		Spread.print("snmpbulkwalk of snmpd (process, start-up included)", Spread.of(theirs), "%.0f", "values/s", null);
		Spread.print("snmpbulkwalk start-up (walk of one value)", Spread.of(startup), "%.1f", "ms", null);
		double start = Spread.of(startup).median();
		List<Double> theirsNet = new ArrayList<>();
		for (double rate : theirs) {
			double ms = lines / rate * 1000;
			theirsNet.add(lines / ((ms - start) / 1000));
		}
		Spread.print("snmpbulkwalk of snmpd, start-up taken off", Spread.of(theirsNet), "%.0f", "values/s", null);
		Bench.print("ratio poller / snmpbulkwalk (medians)", Spread.of(ours).median() / Spread.of(theirs).median(), "x",
				">= 1");
		Bench.print("ratio poller / snmpbulkwalk without its start-up", Spread.of(ours).median() / Spread.of(theirsNet).median(),
				"x", ">= 1");
		Spread.print("snmpbulkwalk of the simulator's agent", Spread.of(simRates), "%.0f", "values/s", null);
		Bench.print("ratio simulator / snmpd under snmpbulkwalk (medians)",
				Spread.of(simRates).median() / Spread.of(theirs).median(), "x", ">= 0.9");
		int simValues = bulkwalk(sim.port(), ROOT);
		simNet.replaceAll(ms -> simValues / (Math.max(0.1, ms - start) / 1000));
		Spread.print("snmpbulkwalk of the simulator, start-up taken off", Spread.of(simNet), "%.0f", "values/s", null);
		Bench.print("ratio simulator / snmpd, snmpbulkwalk start-up taken off",
				Spread.of(simNet).median() / Spread.of(theirsNet).median(), "x", ">= 0.9");
		Spread.print("poller walk of the simulator", Spread.of(oursSim), "%.0f", "values/s", null);
		Bench.print("ratio simulator / snmpd under the poller's walk", Spread.of(oursSim).median() / Spread.of(ours).median(),
				"x", ">= 0.9");
	}

	/** Both JVM sides (the poller, the simulator's agent) compiled by the JIT before anything is timed. */
	private static void warmUp(SnmpPoller poller, PollTarget snmpd, PollTarget sim) throws Exception {
		for (int i = 0; i < 15; i++) {
			poller.walk(snmpd, ROOT, 10).get(60, TimeUnit.SECONDS);
		}
		for (int i = 0; i < 30; i++) { // the simulated site is as large as snmpd's tree: 30 walks warm it
			poller.walk(sim, ROOT, 10).get(60, TimeUnit.SECONDS);
		}
	}

	/** snmpbulkwalk's output lines (one a value; not its closing "No more variables" line). */
	private static int bulkwalk(int port, String root) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("snmpbulkwalk", "-v2c", "-c", "public", "-Cr10", "-On", "-t", "5", "-r", "1",
				"127.0.0.1:" + port, root).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IOException("snmpbulkwalk failed: " + out);
		}
		return (int) out.lines().filter(l -> l.startsWith(".") && !l.contains("No more variables")).count();
	}

	private static Process startSnmpd(Path dir, int port) throws IOException {
		Path conf = dir.resolve("snmpd.conf");
		Files.write(conf, List.of("agentAddress udp:127.0.0.1:" + port, "rocommunity public 127.0.0.1"));
		Path persistent = Files.createDirectories(dir.resolve("persistent"));
		ProcessBuilder b = new ProcessBuilder("snmpd", "-f", "-Lo", "-C", "-I", "-smux", "-c", conf.toString(), "-p",
				dir.resolve("snmpd.pid").toString());
		b.environment().put("SNMP_PERSISTENT_DIR", persistent.toString());
		b.environment().put("MIBS", "");
		b.redirectErrorStream(true).redirectOutput(dir.resolve("snmpd.log").toFile());
		return b.start();
	}

	private static void waitForSnmpd(SnmpPoller poller, PollTarget target) throws Exception {
		for (int i = 0; i < 50; i++) {
			if (poller.walk(target, "1.3.6.1.2.1.1.3", 10).get(30, TimeUnit.SECONDS).error() == null) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("snmpd did not answer");
	}

	/**
	 * The simulator's agent serving about as many values as snmpd does: the demo site's arrays repeated (a
	 * center's larger site), so both walks are of the same size and neither rate is mostly snmpbulkwalk's
	 * start-up. The demo site alone serves ~290 values, snmpd ~7,400.
	 */
	private static SiteSnmpAgent startSimulatorLike(SnmpPoller poller, int snmpdValues) throws Exception {
		int once = simulatedValues(poller, 1);
		int perCopy = simulatedValues(poller, 2) - once; // the system group and other scalars are served once
		int copies = Math.max(1, (int) Math.round((double) (snmpdValues - (once - perCopy)) / perCopy));
		System.out.printf("simulated site: the demo site's arrays %d times (%d values each time, %d once; snmpd %d)%n",
				copies, perCopy, once - perCopy, snmpdValues);
		return startSimulator(freePort(), copies);
	}

	private static int simulatedValues(SnmpPoller poller, int copies) throws Exception {
		try (SiteSnmpAgent agent = startSimulator(freePort(), copies)) {
			return poller.walk(PollTarget.of("127.0.0.1/" + agent.port(), SnmpCredentials.community("public")), ROOT, 10)
					.get(60, TimeUnit.SECONDS).values().size();
		}
	}

	private static SiteSnmpAgent startSimulator(int port, int copies) throws IOException {
		List<StorageArray> arrays = new ArrayList<>();
		SimulatedClock clock = new SimulatedClock(1);
		for (int copy = 0; copy < copies; copy++) {
			for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
				if (copy > 0) {
					unit.setName(unit.getName() + "-" + copy);
				}
				arrays.add(new StorageArray(unit, clock));
			}
		}
		return SiteSnmpAgent.start(port, "public", arrays, ArrayLoad.typical());
	}

	private static int freePort() throws IOException {
		try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}
}
