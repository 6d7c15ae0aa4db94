package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The poller against real agents on loopback: the simulator's (array tables) and net-snmp's snmpd (hrStorage). */
@Timeout(90)
class SnmpPollerTest {
	private static final Set<SnmpTable> ALL = EnumSet.allOf(SnmpTable.class);

	@TempDir
	Path dir;

	@Test
	void readsTheSimulatorsArrayTablesOverV2c() throws Exception {
		try (SimulatedAgent agent = new SimulatedAgent(); SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			TargetPoll poll = poll(poller, target(agent.address(), SnmpCredentials.community("public")), ALL);
			assertArrayTables(poll);
		}
	}

	@Test
	void readsTheSimulatorsArrayTablesOverV3AuthPriv() throws Exception {
		try (SimulatedAgent agent = new SimulatedAgent(); SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			SnmpCredentials v3 = SnmpCredentials.v3(org.restripe.simulator.snmp.SiteSnmpAgent.V3_USER,
					passphrases(org.restripe.simulator.snmp.SiteSnmpAgent.V3_AUTH, org.restripe.simulator.snmp.SiteSnmpAgent.V3_PRIV));
			assertArrayTables(poll(poller, target(agent.address(), v3), ALL));
		}
	}

	private static void assertArrayTables(TargetPoll poll) {
		assertTrue(poll.isReached(), poll.error());
		TableSnapshot volumes = poll.table(SnmpTable.VOLUMES);
		assertTrue(volumes.isComplete(), volumes.error());
		assertTrue(volumes.rows().stream().allMatch(Reading::isGood), volumes.rows().toString());
		assertTrue(volumes.rows().stream().anyMatch(r -> r.value("array").text().equals("t3c") && r.value("volume").text().equals("v0")),
				volumes.rows().toString());
		TableSnapshot disks = poll.table(SnmpTable.DISKS);
		Reading u1d9 = disks.rows().stream().filter(r -> r.value("disk").text().equals("u1d9")).findFirst().orElseThrow();
		assertEquals(2, u1d9.value("role").number(), "u1d9 is the standby disk");
		TableSnapshot ports = poll.table(SnmpTable.PORTS);
		assertTrue(ports.rows().stream().anyMatch(r -> r.isGood() && r.value("port").text().equals("u1p1")), ports.toString());
		TableSnapshot storage = poll.table(SnmpTable.STORAGE);
		Reading first = storage.rows().get(0);
		assertEquals("1.3.6.1.2.1.25.2.1.4", first.value("type").text());
		assertEquals(3887939, first.value("size").number());
		assertTrue(first.sysUpTime() >= 0);
	}

	@Test
	void readsHrStorageOfNetSnmpOverV2cAndV3() throws Exception {
		try (NetSnmpAgent agent = NetSnmpAgent.start(dir, "storemgr", "Restripe test agent");
				SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			TargetPoll v2c = poll(poller, target(agent.address(), SnmpCredentials.community("public")), Set.of(SnmpTable.STORAGE));
			TargetPoll v3 = poll(poller, target(agent.address(),
					SnmpCredentials.v3(NetSnmpAgent.V3_USER, passphrases(NetSnmpAgent.V3_AUTH, NetSnmpAgent.V3_PRIV))),
					Set.of(SnmpTable.STORAGE));
			for (TargetPoll poll : List.of(v2c, v3)) {
				TableSnapshot storage = poll.table(SnmpTable.STORAGE);
				assertTrue(storage.isComplete(), storage.error());
				Reading memory = storage.rows().stream().filter(r -> "Physical memory".equals(text(r, "description")))
						.findFirst().orElseThrow(() -> new AssertionError(storage.rows().toString()));
				assertTrue(memory.isGood(), memory.problem());
				assertTrue(memory.value("size").number() > 0 && memory.value("allocationUnits").number() > 0);
			}
		}
	}

	@Test
	void aWrongCommunityOrPassphraseOrNoAgentIsAnErrorNamingTheTarget() throws Exception {
		int nobody;
		try (DatagramSocket free = new DatagramSocket(0)) {
			nobody = free.getLocalPort();
		}
		try (NetSnmpAgent agent = NetSnmpAgent.start(dir, "storemgr", "x");
				SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			poll(poller, target(agent.address(), SnmpCredentials.community("public")), Set.of()); // it is up
			TargetPoll community = poller.poll(quick(agent.address(), SnmpCredentials.community("guess")).named("hostA"),
					ALL).get(30, TimeUnit.SECONDS);
			assertError(community, "hostA: no answer from " + agent.address());
			TargetPoll auth = poller.poll(quick(agent.address(), SnmpCredentials.v3(NetSnmpAgent.V3_USER,
					passphrases("not-the-phrase", NetSnmpAgent.V3_PRIV))).named("hostB"), ALL).get(30, TimeUnit.SECONDS);
			assertError(auth, "hostB: " + agent.address() + " answered v3 engine discovery but not our authPriv request");
			assertTrue(auth.error().contains("wrong v3 passphrase for user " + NetSnmpAgent.V3_USER), auth.error());
			TargetPoll none = poller.poll(quick("127.0.0.1/" + nobody, SnmpCredentials.community("public")).named("hostC"),
					ALL).get(30, TimeUnit.SECONDS);
			assertError(none, "hostC: no answer from 127.0.0.1/" + nobody);
		}
	}

	private static void assertError(TargetPoll poll, String start) {
		assertNotNull(poll.error(), "expected an error");
		assertTrue(poll.error().startsWith(start), poll.error());
		assertTrue(poll.tables().isEmpty());
	}

	@Test
	void volumeCountersMoveAndTheirRateComesFromSysUpTime() throws Exception {
		try (SimulatedAgent agent = new SimulatedAgent(); SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			PollTarget target = target(agent.address(), SnmpCredentials.community("public"));
			Reading before = mountedV0(poll(poller, target, Set.of(SnmpTable.VOLUMES)));
			agent.clock.advance(Duration.ofSeconds(1000));
			Reading after = before;
			for (int i = 0; i < 300 && after.sysUpTime() - before.sysUpTime() < 100_000; i++) {
				Thread.sleep(100); // the agent refreshes its tables five times a second
				after = mountedV0(poll(poller, target, Set.of(SnmpTable.VOLUMES)));
			}
			CounterDelta requests = CounterDelta.between(before, after, "requests");
			assertEquals(CounterDelta.Kind.COUNTED, requests.kind());
			assertTrue(requests.seconds() >= 1000, "sysUpTime follows the simulated clock: " + requests.seconds());
			assertTrue(requests.perSecond() > 0, requests.toString());
		}
	}

	private static Reading mountedV0(TargetPoll poll) {
		TableSnapshot volumes = poll.table(SnmpTable.VOLUMES);
		assertNull(volumes.error());
		return volumes.rows().stream().filter(r -> "t3a".equals(text(r, "array")) && "v0".equals(text(r, "volume")))
				.findFirst().orElseThrow(() -> new AssertionError(volumes.rows().toString()));
	}

	private static String text(Reading r, String column) {
		ColumnValue v = r.value(column);
		return v == null ? null : v.text();
	}

	static PassphraseSource passphrases(String auth, String priv) {
		return (target, user, kind) -> (kind == PassphraseSource.Kind.AUTHENTICATION ? auth : priv).toCharArray();
	}

	static PollTarget target(String address, SnmpCredentials credentials) {
		return PollTarget.of(address, credentials).withTimeout(Duration.ofSeconds(2), 1);
	}

	private static PollTarget quick(String address, SnmpCredentials credentials) {
		return PollTarget.of(address, credentials).withTimeout(Duration.ofMillis(300), 1);
	}

	/** Polls until the agent (which needs a moment to bind) answers, bounded by the test's timeout. */
	static TargetPoll poll(SnmpPoller poller, PollTarget target, Set<SnmpTable> tables) throws Exception {
		TargetPoll poll = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			poll = poller.poll(target, tables).get(60, TimeUnit.SECONDS);
			if (poll.isReached()) {
				return poll;
			}
			Thread.sleep(200);
		}
		throw new AssertionError(poll.error());
	}

}
