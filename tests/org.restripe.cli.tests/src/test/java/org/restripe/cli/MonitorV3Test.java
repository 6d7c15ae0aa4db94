package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.SiteSnmpAgent;
import org.restripe.store.RestripeDatabase;

/** {@code restripe monitor --user U}: SNMPv3 authPriv with the same login options and environment as {@code restripe poll}. */
@Timeout(120)
class MonitorV3Test {
	@TempDir
	Path dir;
	private SiteSnmpAgent agent;
	private String target;

	@BeforeEach
	void start() throws Exception {
		int port;
		try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		List<StorageArray> arrays = new ArrayList<>();
		SimulatedClock clock = new SimulatedClock(1);
		for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		agent = SiteSnmpAgent.start(port, "public", arrays, ArrayLoad.typical());
		target = "127.0.0.1:" + port;
	}

	@AfterEach
	void stop() {
		agent.close();
	}

	@Test
	void monitorsWithAV3UserWhosePassphrasesComeFromTheEnvironment() throws Exception {
		Path data = dir.resolve("data");
		Process cli = cli("monitor", "--site", "Acme", "--for", "2s", "--every", "1s", "--user", SiteSnmpAgent.V3_USER,
				"--data", data.toString(), target);
		String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(cli.waitFor(90, TimeUnit.SECONDS));

		assertEquals(0, cli.exitValue(), output);
		assertEquals(2, output.lines().filter(l -> l.matches("round \\d: 1 of 1 targets answered, \\d+ samples stored")).count(),
				output);
		assertTrue(!output.contains(SiteSnmpAgent.V3_AUTH), "the passphrase is never printed");
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(data)) {
			var stored = new SampleStore(database::connect).readSite("Acme", Instant.EPOCH, Instant.now());
			String snmp4jTarget = "127.0.0.1/" + target.split(":")[1];
			assertEquals(2, stored.get(new SeriesKey("Acme", snmp4jTarget, "v0 on t3a", Metric.USED_BYTES)).size(),
					stored.keySet().toString());
		}
	}

	@Test
	void aV3UserWithoutPassphrasesSaysHowToGiveThem() {
		assertEquals(null, System.getenv("RESTRIPE_SNMP_AUTH"), "the test needs RESTRIPE_SNMP_AUTH unset");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = new RestripeCli().run(new String[] { "monitor", "--site", "Acme", "--for", "1s", "--every", "1s",
				"--user", SiteSnmpAgent.V3_USER, "--data", dir.resolve("data").toString(), target },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true));

		assertEquals(1, code);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("passphrase for restripe is needed: give"
				+ " --auth-pass-prompt to be asked, or set RESTRIPE_SNMP_AUTH"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aCommunityAndAUserTogetherAreAWrongUse() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new RestripeCli().run(new String[] { "monitor", "--site", "Acme", "--for", "1s", "--community", "public",
				"--user", SiteSnmpAgent.V3_USER, target }, new PrintStream(new ByteArrayOutputStream(), true),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertEquals(2, code);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("mutually exclusive"), err.toString(StandardCharsets.UTF_8));
	}

	/** The CLI in a JVM of its own, the v3 passphrases in its environment. */
	private static Process cli(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), RestripeCli.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("RESTRIPE_SNMP_AUTH", SiteSnmpAgent.V3_AUTH);
		builder.environment().put("RESTRIPE_SNMP_PRIV", SiteSnmpAgent.V3_PRIV);
		return builder.start();
	}
}
