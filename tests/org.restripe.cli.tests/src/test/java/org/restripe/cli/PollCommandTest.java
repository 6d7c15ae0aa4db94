package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.restripe.simulator.snmp.ArrayLoad;
import org.restripe.simulator.snmp.SiteSnmpAgent;

/** {@code restripe poll} against the simulator's SNMP agent on loopback. */
@Timeout(60)
class PollCommandTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
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
	void printsTheArraysVolumesDisksPortsAndStorageAsTables() {
		assertEquals(0, run("poll", target, "--community", "public"), err());
		String text = out();
		assertTrue(text.contains("volumes of " + target), text);
		assertTrue(Pattern.compile("(?m)^\\s+3\\s+t3c\\s+v0\\s+mounted\\s+none\\s+254\\.8 GB\\s").matcher(text).find(), text);
		assertTrue(Pattern.compile("(?m)\\s+t3a\\s+u1d9\\s+ready\\s+standbyDisk\\s+v0$").matcher(text).find(), text);
		assertTrue(Pattern.compile("(?m)\\s+t3a\\s+u1p1\\s+attached\\s").matcher(text).find(), text);
		assertTrue(Pattern.compile("(?m)\\s+t3a:v0\\s+254\\.8 GB\\s+101\\.9 GB\\s+40\\.0$").matcher(text).find(), text);
	}

	@Test
	void oneTableOnly() {
		assertEquals(0, run("poll", target, "--table", "disks"), err());
		assertTrue(out().contains("disks of " + target) && !out().contains("volumes of"), out());
	}

	@Test
	void aWrongCommunityIsAnErrorNamingTheTarget() {
		assertEquals(1, run("poll", target, "--community", "guess", "--timeout", "300", "--retries", "0"));
		assertTrue(err().startsWith("restripe poll: " + target + ": no answer from 127.0.0.1/"), err());
		assertTrue(out().isEmpty(), out());
	}

	@Test
	void aV3UserWithoutPassphrasesSaysHowToGiveThem() {
		assumeNoSnmpEnvironment();
		assertEquals(1, run("poll", target, "--user", SiteSnmpAgent.V3_USER));
		assertTrue(err().contains("passphrase for restripe is needed: give --auth-pass-prompt to be asked, or set "
				+ "RESTRIPE_SNMP_AUTH"), err());
	}

	@Test
	void aV3UserReadsWithPassphrasesFromTheEnvironmentAndAWrongOneIsNamed() throws Exception {
		Process good = cli(SiteSnmpAgent.V3_AUTH, "poll", target, "--user", SiteSnmpAgent.V3_USER, "--table", "volumes");
		String goodOut = new String(good.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(good.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, good.exitValue(), goodOut);
		assertTrue(Pattern.compile("(?m)^\\s+1\\s+t3a\\s+v0\\s+mounted\\s").matcher(goodOut).find(), goodOut);
		Process bad = cli("not-the-passphrase", "poll", target, "--user", SiteSnmpAgent.V3_USER, "--timeout", "300",
				"--retries", "0");
		String badOut = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
		assertEquals(1, bad.exitValue(), badOut);
		assertTrue(badOut.contains("restripe poll: " + target + ": 127.0.0.1/" + target.split(":")[1]
				+ " answered v3 engine discovery but not our authPriv request"), badOut);
		assertTrue(!badOut.contains("not-the-passphrase"), "the passphrase is never printed");
	}

	/** The CLI in a JVM of its own, the v3 passphrases in its environment (the privacy one always right). */
	private static Process cli(String auth, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), RestripeCli.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("RESTRIPE_SNMP_AUTH", auth);
		builder.environment().put("RESTRIPE_SNMP_PRIV", SiteSnmpAgent.V3_PRIV);
		return builder.start();
	}

	@Test
	void anUnknownTableIsAWrongUse() {
		assertEquals(2, run("poll", target, "--table", "luns"));
		assertTrue(err().contains("No table 'luns': volumes, disks, ports or storage or all"), err());
	}

	private static void assumeNoSnmpEnvironment() {
		assertEquals(null, System.getenv("RESTRIPE_SNMP_AUTH"), "the test needs RESTRIPE_SNMP_AUTH unset");
	}

	private int run(String... args) {
		return new RestripeCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
