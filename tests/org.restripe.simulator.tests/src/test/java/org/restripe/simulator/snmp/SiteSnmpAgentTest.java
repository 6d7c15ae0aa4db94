package org.restripe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;

/** net-snmp's snmpwalk and snmpbulkwalk, run as processes, read the site's agent over v2c and v3 authPriv. */
@Timeout(60)
class SiteSnmpAgentTest {
	private SiteSnmpAgent agent;
	private int port;
	private SimulatedClock clock;

	@BeforeEach
	void start() throws IOException {
		try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Site site = DemoSite.create();
		clock = new SimulatedClock(1);
		List<StorageArray> arrays = new ArrayList<>();
		for (StorageUnit unit : site.getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		agent = SiteSnmpAgent.start(port, "public", arrays, ArrayLoad.typical());
	}

	@AfterEach
	void stop() {
		agent.close();
	}

	@Test
	void snmpwalkReadsSystemAndHrStorageOverV2c() throws Exception {
		String system = run("snmpwalk", "-v2c", "-c", "public", "-On", "-t", "2", "-r", "1", "127.0.0.1:" + port, "1.3.6.1.2.1.1");
		assertTrue(system.contains(".1.3.6.1.2.1.1.1.0 = STRING: \"Restripe simulated client site\""), system);
		String storage = run("snmpbulkwalk", "-v2c", "-c", "public", "-On", "127.0.0.1:" + port, "1.3.6.1.2.1.25.2.3");
		assertTrue(storage.contains(".1.3.6.1.2.1.25.2.3.1.2.1 = OID: .1.3.6.1.2.1.25.2.1.4"), storage);
		assertTrue(storage.contains(".1.3.6.1.2.1.25.2.3.1.3.3 = STRING: \"t3c:v0\""), storage);
		assertTrue(storage.contains(".1.3.6.1.2.1.25.2.3.1.5.1 = INTEGER: 3887939"), storage);
	}

	@Test
	void arrayTablesOverV3AuthPrivWithMovingCounters() throws Exception {
		String[] v3 = { "-v3", "-l", "authPriv", "-u", SiteSnmpAgent.V3_USER, "-a", "SHA-256", "-A", SiteSnmpAgent.V3_AUTH,
				"-x", "AES", "-X", SiteSnmpAgent.V3_PRIV, "-On", "127.0.0.1:" + port };
		String disks = run(concat("snmpbulkwalk", v3, "1.3.6.1.4.1.42.2.28.2.2"));
		assertTrue(disks.contains(".1.3.6.1.4.1.42.2.28.2.2.1.1.3.9 = STRING: \"u1d9\""), disks);
		assertTrue(disks.contains(".1.3.6.1.4.1.42.2.28.2.2.1.1.5.9 = INTEGER: 2"), "u1d9 is a standby disk:\n" + disks);
		long before = requests(run(concat("snmpwalk", v3, "1.3.6.1.4.1.42.2.28.2.4.1.1.8.1")));
		clock.advance(Duration.ofSeconds(100));
		Thread.sleep(500);
		long after = requests(run(concat("snmpwalk", v3, "1.3.6.1.4.1.42.2.28.2.4.1.1.8.1")));
		assertTrue(after - before >= 25_000, before + " -> " + after);
		String ports = run(concat("snmpwalk", v3, "1.3.6.1.4.1.42.2.28.2.5"));
		assertTrue(ports.contains("STRING: \"u1p1\""), ports);
	}

	private static long requests(String walk) {
		Matcher m = Pattern.compile("Counter64: (\\d+)").matcher(walk);
		assertTrue(m.find(), walk);
		return Long.parseLong(m.group(1));
	}

	private static String[] concat(String tool, String[] options, String oid) {
		List<String> all = new ArrayList<>(List.of(tool));
		all.addAll(List.of(options));
		all.add(oid);
		return all.toArray(String[]::new);
	}

	private static String run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertTrue(p.waitFor(20, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
		return out;
	}
}
