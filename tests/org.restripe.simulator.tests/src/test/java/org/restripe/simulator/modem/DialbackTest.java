package org.restripe.simulator.modem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.Terminal;

/**
 * The center's modem, driven with AT commands over a real socket, dials the demo site: the site's
 * dial-security modem asks for the password, hangs up and calls the stored number back; only then the
 * management host's terminal server answers.
 */
@Timeout(30)
class DialbackTest {
	private final List<String> log = new CopyOnWriteArrayList<>();
	private SimulatedSite site;
	private Terminal center;

	@BeforeEach
	void start() throws Exception {
		site = new SimulatedSite(DemoSite.create(), SiteOptions.forTests(), log::add);
		center = Terminal.connect(site.centerModemPort());
	}

	@AfterEach
	void stop() throws Exception {
		center.close();
		site.close();
	}

	@Test
	void hayesBasicsEchoVerboseAndRegisters() throws Exception {
		center.line("ATZ");
		center.expect("ATZ\r\r\nOK\r\n");
		center.line("ATS0=2S7=30");
		center.expect("OK\r\n");
		center.line("ATS0?");
		center.expect("\r\n002\r\n");
		center.expect("OK\r\n");
		center.line("ATV0");
		center.expect("0\r");
		center.line("ATE0");
		center.expect("0\r");
		center.line("AT&F");
		center.expect("\r\nOK\r\n");
		center.line("ATQ");
		center.expect("\r\nOK\r\n");
		center.line("ATJ");
		center.expect("ERROR");
	}

	@Test
	void goodPasswordIsCalledBackAndReachesTheTerminalServer() throws Exception {
		center.line("ATZ");
		center.expect("OK");
		center.line("ATS0=1");
		center.expect("OK");
		center.line("ATDT+1 555 0100");
		center.expect("CONNECT 33600");
		center.expect("Password>");
		center.line("dialme");
		center.expect("NO CARRIER");
		center.expect("RING");
		center.expect("CONNECT 33600");
		center.expect("storemgr terminal server");
		center.expect("storemgr> ");
		center.line("ports");
		String ports = center.expect("storemgr> ");
		assertTrue(ports.contains("1     /dev/ttyS0   t3a"), ports);
		center.line("connect t3b");
		center.expect("Ctrl-] returns here");
		center.expect("t3b console login: ");
		center.line("root");
		center.expect("Password: ");
		center.line("secret");
		center.expect("t3b:/:<1>");
		center.line("vol list");
		center.expect("v0                254.8 GB    5 u1d1-8     u1d9");
		center.send("\u001d");
		center.expect("disconnected from t3b");
		center.expect("storemgr> ");
		assertTrue(log.stream().anyMatch(l -> l.contains("callback connected to +1 555 0199")), log.toString());
	}

	@Test
	void escapeWithGuardTimeAndHangUp() throws Exception {
		center.line("ATS0=1");
		center.expect("OK");
		center.line("ATDT5550100");
		center.expect("Password>");
		center.line("dialme");
		center.expect("RING");
		center.expect("storemgr> ");
		Thread.sleep(150);
		center.send("+++");
		center.expect("\r\nOK\r\n", Duration.ofSeconds(2));
		center.line("ATH");
		center.expect("OK");
		center.line("ATO");
		center.expect("ERROR");
	}

	@Test
	void wrongPasswordsGetNoCallbackAndAreLogged() throws Exception {
		center.line("ATS0=1");
		center.expect("OK");
		center.line("ATDT5550100");
		for (int attempt = 0; attempt < 3; attempt++) {
			center.expect("Password>");
			center.line("guess" + attempt);
		}
		center.expect("NO CARRIER");
		Thread.sleep(400);
		assertFalse(center.pending().contains("RING"), center.pending());
		assertTrue(log.stream().anyMatch(l -> l.contains("3 wrong passwords from 15550199, hung up without callback")),
				log.toString());
	}

	@Test
	void silentCallerIsHungUpAfterThePasswordWindow() throws Exception {
		center.line("ATDT5550100");
		center.expect("Password>");
		long start = System.nanoTime();
		center.expect("NO CARRIER", Duration.ofSeconds(5));
		assertTrue(System.nanoTime() - start >= Duration.ofMillis(1_500).toNanos(), "the window is the configured 2 s");
		assertTrue(log.stream().anyMatch(l -> l.contains("no password within PT2S")), log.toString());
	}

	@Test
	void callbackNeedsTheCenterToAnswer() throws Exception {
		center.line("ATDT5550100");
		center.expect("Password>");
		center.line("dialme");
		center.expect("NO CARRIER");
		center.expect("RING");
		center.line("ATA");
		center.expect("CONNECT 33600");
		center.expect("storemgr> ");
		center.line("who");
		center.expect("you are modem-1");
	}
}
