package org.restripe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A simulator started on an SNMP port that something else holds says so in one line naming the port. */
@Timeout(120)
class SimulatorPortInUseTest {
	@TempDir
	Path dir;

	@Test
	void aTakenSnmpPortIsOneLineNamingThePort() throws Exception {
		try (DatagramSocket holder = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			int port = holder.getLocalPort();
			Path err = dir.resolve("simulator.err");
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), SimulatorMain.class.getName(), "--state",
					dir.resolve("state").toString(), "--snmp", String.valueOf(port)).redirectError(err.toFile())
					.redirectOutput(dir.resolve("simulator.out").toFile()).start();
			assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the simulator exits");
			List<String> lines = Files.readAllLines(err);
			assertEquals(1, process.exitValue(), String.join("\n", lines));
			assertEquals(List.of("simulate: cannot start the site: the SNMP agent's port udp 127.0.0.1:" + port
					+ " is already in use (another simulator or agent holds it); --snmp PORT chooses another, 0 none"), lines);
		}
	}

	@Test
	void theSiteItselfNamesThePortToWhoeverStartsIt() throws Exception {
		try (DatagramSocket holder = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			int port = holder.getLocalPort();
			SiteOptions options = SiteOptions.forTests().withStateDir(dir).withSnmpPort(port);
			SimulatedSite.PortInUseException e = org.junit.jupiter.api.Assertions.assertThrows(
					SimulatedSite.PortInUseException.class,
					() -> new SimulatedSite(SimulatorMain.loadOrSeed(dir, null), options, line -> { }).close());
			assertEquals(port, e.port());
			assertTrue(e.getMessage().contains("udp 127.0.0.1:" + port + " is already in use"), e.getMessage());
		}
	}
}
