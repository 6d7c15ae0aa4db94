package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.PDU;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * Agents that misbehave: every case ends in readings marked bad with a reason, or an error for that target,
 * and the poller goes on reading the others.
 */
@Timeout(90)
class HostileRepliesTest {
	private static final OID PORT_ENTRY = SnmpTable.PORTS.entry();

	@Test
	void wrongTypesAndMissingColumnsMarkTheRowBadSayingWhich() throws Exception {
		// one row: the port name is an integer, requests a string, the block counters are missing
		HostileAgent.Bulk bulk = (n, request) -> n > 0 ? endOfView(request) : List.of(
				vb(2, 1, new OctetString("t3a")), vb(3, 1, new Integer32(7)), vb(4, 1, new Integer32(1)),
				vb(5, 1, new OctetString("")), vb(6, 1, new OctetString("lots")), vb(7, 2, new Counter64(1)),
				vb(8, 2, new Counter64(1)));
		try (HostileAgent agent = HostileAgent.answering(bulk)) {
			TableSnapshot ports = pollPorts(agent, PollerSettings.defaults());
			Reading row1 = ports.rows().stream().filter(r -> r.rowIndex().equals("1")).findFirst().orElseThrow();
			assertFalse(row1.isGood());
			assertTrue(row1.problem().contains("port is Integer32, not TEXT"), row1.problem());
			assertTrue(row1.problem().contains("requests is OctetString, not COUNTER32"), row1.problem());
			assertTrue(row1.problem().contains("blocksRead missing"), row1.problem());
			assertEquals("t3a", row1.value("array").text(), "the good columns are kept");
		}
	}

	@Test
	void oidsGoingBackwardsOrStandingStillEndTheWalkWithAReason() throws Exception {
		HostileAgent.Bulk backwards = (n, request) -> List.of(new VariableBinding(new OID("1.3.6.1.2.1.1.1.0"),
				new OctetString("back")));
		HostileAgent.Bulk loop = (n, request) -> request.getVariableBindings().stream()
				.map(vb -> new VariableBinding(vb.getOid(), new Integer32(1))).toList();
		for (HostileAgent.Bulk bulk : List.of(backwards, loop)) {
			try (HostileAgent agent = HostileAgent.answering(bulk)) {
				TableSnapshot ports = pollPorts(agent, PollerSettings.defaults());
				assertNotNull(ports.error());
				assertTrue(ports.error().startsWith("walk cut short"), ports.error());
				assertTrue(agent.bulkRequests.get() < 10, "it stopped asking: " + agent.bulkRequests.get());
			}
		}
	}

	@Test
	void anEndlessTableIsCutAtTheRowLimit() throws Exception {
		HostileAgent.Bulk endless = (n, request) -> {
			List<VariableBinding> next = new ArrayList<>();
			for (int r = 0; r < request.getMaxRepetitions(); r++) {
				for (VariableBinding vb : request.getVariableBindings()) {
					OID oid = vb.getOid();
					int column = oid.get(PORT_ENTRY.size());
					int index = oid.size() > PORT_ENTRY.size() + 1 ? oid.last() : 0;
					next.add(vb(column, index + r + 1, new Integer32(1)));
				}
			}
			return next;
		};
		try (HostileAgent agent = HostileAgent.answering(endless)) {
			TableSnapshot ports = pollPorts(agent, PollerSettings.defaults().withMaxRows(100));
			assertEquals("table cut at 100 rows", ports.error());
			assertEquals(100, ports.rows().size());
		}
	}

	@Test
	void anAgentFallingSilentMidWalkKeepsTheRowsReadAndSaysSo() throws Exception {
		HostileAgent.Bulk silent = (n, request) -> n == 0 ? row(1) : null;
		try (HostileAgent agent = HostileAgent.answering(silent)) {
			TableSnapshot ports = pollPorts(agent, PollerSettings.defaults().withRowsPerRequest(1));
			assertTrue(ports.error().startsWith("walk cut short: no answer from " + agent.address()), ports.error());
			assertEquals(1, ports.rows().size());
		}
	}

	@Test
	void garbageDatagramsAreNoAnswerForThatTargetWhileTheOthersAreRead() throws Exception {
		try (HostileAgent junk = HostileAgent.garbage(); SimulatedAgent good = new SimulatedAgent();
				SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			CompletableFuture<TargetPoll> bad = poller.poll(target(junk.address()).named("junk"), Set.of(SnmpTable.PORTS));
			TargetPoll fine = SnmpPollerTest.poll(poller, target(good.address()), Set.of(SnmpTable.PORTS));
			TargetPoll broken = bad.get(30, TimeUnit.SECONDS);
			assertTrue(broken.error().startsWith("junk: no answer from " + junk.address()), broken.error());
			assertTrue(fine.table(SnmpTable.PORTS).rows().stream().allMatch(Reading::isGood));
		}
	}

	private static TableSnapshot pollPorts(HostileAgent agent, PollerSettings settings) throws Exception {
		try (SnmpPoller poller = SnmpPoller.open(settings)) {
			TargetPoll poll = poller.poll(target(agent.address()), Set.of(SnmpTable.PORTS)).get(60, TimeUnit.SECONDS);
			assertTrue(poll.isReached(), poll.error());
			return poll.table(SnmpTable.PORTS);
		}
	}

	private static PollTarget target(String address) {
		return PollTarget.of(address, SnmpCredentials.community("public")).withTimeout(Duration.ofMillis(500), 1);
	}

	private static List<VariableBinding> row(int index) {
		List<VariableBinding> row = new ArrayList<>();
		for (SnmpTable.Column c : SnmpTable.PORTS.columns()) {
			row.add(vb(c.number(), index, switch (c.kind()) {
			case TEXT -> new OctetString("x");
			case COUNTER32 -> new org.snmp4j.smi.Counter32(1);
			case COUNTER64 -> new Counter64(1);
			default -> new Integer32(1);
			}));
		}
		return row;
	}

	private static List<VariableBinding> endOfView(PDU request) {
		return request.getVariableBindings().stream()
				.map(vb -> new VariableBinding(vb.getOid(), org.snmp4j.smi.Null.endOfMibView)).toList();
	}

	private static VariableBinding vb(int column, int index, org.snmp4j.smi.Variable value) {
		return new VariableBinding(new OID(PORT_ENTRY).append(column).append(index), value);
	}
}
