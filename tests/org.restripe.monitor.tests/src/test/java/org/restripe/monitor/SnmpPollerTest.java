package org.restripe.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The poller reads a real agent: net-snmp's snmpd, as the monitoring of a site's hosts would. */
@Timeout(30)
class SnmpPollerTest {
	private static final String SYS_DESCR = "1.3.6.1.2.1.1.1.0";
	private static final String SYS_NAME = "1.3.6.1.2.1.1.5.0";

	@TempDir
	Path dir;

	@Test
	void readsTheSystemGroupOfARealAgent() throws Exception {
		try (NetSnmpAgent agent = NetSnmpAgent.start(dir, "storemgr", "Restripe test agent");
				SnmpPoller poller = SnmpPoller.v2c(agent.address(), "public", 500)) {
			Map<String, String> values = untilAnswered(poller, List.of(SYS_NAME, SYS_DESCR));
			assertEquals("storemgr", values.get(SYS_NAME));
			assertEquals("Restripe test agent", values.get(SYS_DESCR));
		}
	}

	@Test
	void anObjectTheAgentLacksIsAnErrorNotAValue() throws Exception {
		try (NetSnmpAgent agent = NetSnmpAgent.start(dir, "storemgr", "x");
				SnmpPoller poller = SnmpPoller.v2c(agent.address(), "public", 500)) {
			untilAnswered(poller, List.of(SYS_NAME));
			IOException e = assertThrows(IOException.class, () -> poller.get(List.of("1.3.6.1.4.1.42.2.28.2.99.0")));
			assertTrue(e.getMessage().contains("has no value for 1.3.6.1.4.1.42.2.28.2.99.0"), e.getMessage());
		}
	}

	@Test
	void aSilentAgentIsReportedByItsAddress() throws Exception {
		int port;
		try (DatagramSocket nobody = new DatagramSocket(0)) {
			port = nobody.getLocalPort();
		}
		try (SnmpPoller poller = SnmpPoller.v2c("127.0.0.1/" + port, "public", 200)) {
			IOException e = assertThrows(IOException.class, () -> poller.get(List.of(SYS_NAME)));
			assertTrue(e.getMessage().contains("127.0.0.1/" + port) && e.getMessage().contains("did not answer"),
					e.getMessage());
		}
	}

	/** snmpd needs a moment to bind; ask until it answers, bounded by the test's timeout. */
	private static Map<String, String> untilAnswered(SnmpPoller poller, List<String> oids) throws Exception {
		IOException last = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				return poller.get(oids);
			} catch (IOException e) {
				last = e;
				Thread.sleep(100);
			}
		}
		throw last;
	}
}
