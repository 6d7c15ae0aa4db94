package org.restripe.simulator.line;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A simulated console or modem port that is closed refuses the next call at once, as a stopped terminal server
 * does: the workbench's shutdown and the tests that follow rely on the port being gone when close returns.
 */
@Timeout(120)
class TcpLineTest {
	private final List<String> log = new ArrayList<>();

	@Test
	void aClosedPortRefusesTheNextCallAtOnce() throws Exception {
		// the race was between close and the thread blocked in accept(): a busy machine lost it now and then,
		// so the test closes many ports, each while its thread waits in accept()
		for (int round = 0; round < 300; round++) {
			TcpLine line = new TcpLine("console", 0, (in, out) -> in.read(), log::add);
			int port = line.port();
			new Socket(InetAddress.getLoopbackAddress(), port).close(); // its thread is in accept() again after
			line.close();
			assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
					"port " + port + " is closed in round " + round);
		}
	}
}
