package org.restripe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedClock;
import org.restripe.simulator.array.StorageArray;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.TableEvent;
import org.snmp4j.util.TableUtils;
import org.snmp4j.util.TreeEvent;
import org.snmp4j.util.TreeUtils;

/**
 * The lean responder answers a poller as the site's agent does: the same bindings for the same walks of the
 * same arrays (simulated time standing still, so both show one instant), nothing to a wrong community, and
 * it keeps answering after datagrams that are not SNMP.
 */
@Timeout(60)
class LeanResponderTest {
	private static final OID UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
	private SimulatedClock clock;
	private SiteSnmpAgent agent;
	private LeanResponder lean;
	private int agentPort;
	private int leanPort;
	private Snmp snmp;

	@BeforeEach
	void start() throws IOException {
		agentPort = freePort();
		leanPort = freePort();
		clock = new SimulatedClock(1e-12); // next to frozen: a thousand real seconds move it less than a nanosecond
		List<StorageArray> arrays = new ArrayList<>();
		for (StorageUnit unit : DemoSite.create().getSubsystems().get(0).getStorageUnits()) {
			arrays.add(new StorageArray(unit, clock));
		}
		LoadProfile load = LoadProfile.bySize(ArrayLoad.typical());
		agent = SiteSnmpAgent.start(List.of(agentPort), "public", arrays, load);
		lean = LeanResponder.start(List.of(leanPort, freePort()), "public", arrays, load);
		snmp = new Snmp(new DefaultUdpTransportMapping());
		snmp.listen();
	}

	@AfterEach
	void stop() throws IOException {
		snmp.close();
		lean.close();
		agent.close();
	}

	@Test
	void bulkWalksOfEveryTableGiveTheAgentsBindings() {
		int[] columns = { 5, 11, 5, 7 }; // hrStorage, volume, disk, port tables from column 2
		OID[] entries = { ArrayTables.HR_STORAGE_ENTRY, ArrayTables.VOLUME_ENTRY, ArrayTables.DISK_ENTRY, ArrayTables.PORT_ENTRY };
		for (int t = 0; t < entries.length; t++) {
			OID[] columnOids = new OID[columns[t]];
			for (int c = 0; c < columns[t]; c++) {
				columnOids[c] = new OID(entries[t]).append(c + 2);
			}
			for (int rows : new int[] { 1, 4, 10 }) {
				List<String> fromAgent = walk(agentPort, columnOids, rows);
				assertTrue(fromAgent.size() >= columns[t], entries[t] + " has rows: " + fromAgent);
				assertEquals(fromAgent, walk(leanPort, columnOids, rows), entries[t] + ", " + rows + " rows a request");
			}
		}
	}

	@Test
	void getNextWalkAcrossTheArrayTablesGivesTheAgentsBindings() {
		OID arrays = new OID("1.3.6.1.4.1.42.2.28.2");
		for (int type : new int[] { PDU.GETNEXT, PDU.GETBULK }) {
			List<String> fromAgent = subtree(agentPort, arrays, type);
			assertTrue(fromAgent.size() > 100, "the disk, volume and port tables: " + fromAgent);
			assertEquals(fromAgent, subtree(leanPort, arrays, type), PDU.getTypeString(type) + " walk");
		}
	}

	@Test
	void getsGiveTheAgentsAnswersIncludingMissingInstances() throws IOException {
		OID[] asked = { UP_TIME, new OID("1.3.6.1.2.1.25.2.3.1.3.1"), new OID("1.3.6.1.2.1.25.2.3.1.3.9999"),
				new OID("1.3.6.1.4.1.42.2.28.2.5.1.1.3.2") };
		PDU fromAgent = get(agentPort, "public", asked);
		PDU fromLean = get(leanPort, "public", asked);
		assertEquals(PDU.noError, fromLean.getErrorStatus());
		assertEquals(fromAgent.getVariableBindings().toString(), fromLean.getVariableBindings().toString());
	}

	@Test
	void wrongCommunityGetsNoAnswer() throws IOException {
		assertNull(get(leanPort, "private", UP_TIME), "a wrong community is not answered");
		assertNotNull(get(leanPort, "public", UP_TIME), "the right one is, on the same port");
	}

	@Test
	void garbageDoesNotStopTheAnswers() throws IOException {
		byte[][] junk = { {}, { 0x30 }, { 0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 2, 1, 1 },
				{ 0x30, 0x0a, 0x02, 0x01, 0x01, 0x04, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0 },
				"GET / HTTP/1.0\r\n\r\n".getBytes(), new byte[1400] };
		try (DatagramSocket socket = new DatagramSocket()) {
			for (byte[] datagram : junk) {
				socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), leanPort));
			}
		}
		PDU answer = get(leanPort, "public", UP_TIME);
		assertNotNull(answer, "answers after garbage");
		assertEquals(UP_TIME, answer.get(0).getOid());
	}

	@Test
	void countersMoveWithSimulatedTime() throws Exception {
		OID blocksRead = new OID(ArrayTables.PORT_ENTRY).append(7).append(1);
		long before = get(leanPort, "public", blocksRead).get(0).getVariable().toLong();
		clock.advance(Duration.ofSeconds(100));
		long after = before;
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (after == before && System.nanoTime() < deadline) {
			Thread.sleep(50);
			after = get(leanPort, "public", blocksRead).get(0).getVariable().toLong();
		}
		assertTrue(after > before, "port blocks read " + before + " -> " + after + " after 100 simulated seconds");
		assertFalse(get(leanPort, "public", UP_TIME).get(0).getVariable().toLong() == 0, "sysUpTime moved too");
	}

	private List<String> walk(int port, OID[] columns, int rows) {
		TableUtils tables = new TableUtils(snmp, new DefaultPDUFactory(PDU.GETBULK));
		tables.setMaxNumRowsPerPDU(rows);
		List<String> bindings = new ArrayList<>();
		for (TableEvent row : tables.getTable(target(port, "public"), columns, null, null)) {
			assertFalse(row.isError(), row.getErrorMessage());
			for (VariableBinding vb : row.getColumns()) {
				bindings.add(vb == null ? "missing" : vb.toString());
			}
		}
		return bindings;
	}

	private List<String> subtree(int port, OID root, int type) {
		TreeUtils tree = new TreeUtils(snmp, new DefaultPDUFactory(type));
		tree.setMaxRepetitions(10);
		List<String> bindings = new ArrayList<>();
		for (TreeEvent event : tree.getSubtree(target(port, "public"), root)) {
			assertFalse(event.isError(), event.getErrorMessage());
			for (VariableBinding vb : event.getVariableBindings()) {
				bindings.add(vb.toString());
			}
		}
		return bindings;
	}

	private PDU get(int port, String community, OID... oids) throws IOException {
		PDU pdu = new PDU();
		pdu.setType(PDU.GET);
		for (OID oid : oids) {
			pdu.add(new VariableBinding(oid));
		}
		ResponseEvent<UdpAddress> event = snmp.send(pdu, target(port, community));
		return event.getResponse();
	}

	private static CommunityTarget<UdpAddress> target(int port, String community) {
		CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress("127.0.0.1/" + port), new OctetString(community));
		target.setVersion(SnmpConstants.version2c);
		target.setTimeout(community.equals("public") ? 5_000 : 1_000);
		target.setRetries(community.equals("public") ? 2 : 0);
		return target;
	}

	private static int freePort() throws IOException {
		try (DatagramSocket free = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return free.getLocalPort();
		}
	}
}
