package org.restripe.simulator.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.restripe.simulator.Terminal;
import org.restripe.simulator.line.ConsoleIo;
import org.restripe.simulator.line.TcpLine;

/**
 * Three wrong passwords in one call: the site's modem hangs up without calling back and locks dial
 * security, so that even the right password is refused until the site unlocks it.
 */
@Timeout(30)
class DialSecurityLockoutTest {
	private final List<String> log = new CopyOnWriteArrayList<>();
	private final DialSecurity security = new DialSecurity();
	private TcpLine centerLine;
	private Terminal center;

	@BeforeEach
	void start() throws Exception {
		TelephoneNetwork network = new TelephoneNetwork();
		security.define("0=dialme,1,1,0,5550199");
		new DialbackModem("5550100", network, ModemTimings.fast(), security, (in, out) -> {
			ConsoleIo io = new ConsoleIo(in, out);
			io.write("host> ");
			io.readLine(false);
		}, log::add);
		centerLine = new TcpLine("center", 0, new HayesModem("5550199", network, ModemTimings.fast(), log::add), log::add);
		center = Terminal.connect(centerLine.port());
		center.line("ATE0S0=1");
		center.expect("OK");
	}

	@AfterEach
	void stop() throws Exception {
		center.close();
		centerLine.close();
	}

	@Test
	void threeWrongPasswordsLockEvenTheRightOneOut() throws Exception {
		callWith("guess", "guess", "guess");
		assertTrue(security.isLocked(), log.toString());
		assertTrue(log.stream().anyMatch(l -> l.contains("dial security locked after 3 wrong passwords")), log.toString());
		callWith("dialme", "dialme", "dialme");
		assertTrue(log.stream().anyMatch(l -> l.contains("password refused, dial security is locked (try 1 of 3)")),
				log.toString());

		security.unlock();
		center.line("ATDT5550100");
		center.expect("Password>");
		center.line("dialme");
		center.expect("NO CARRIER");
		center.expect("RING");
		center.expect("host> ");
		assertEquals(1, log.stream().filter(l -> l.contains("calling back")).count(),
				"only the call after the unlock was called back: " + log);
	}

	@Test
	void aRightPasswordAfterTwoWrongOnesIsCalledBackAndLocksNothing() throws Exception {
		center.line("ATDT5550100");
		center.expect("Password>");
		center.line("guess");
		center.expect("Password>");
		center.line("guess");
		center.expect("Password>");
		center.line("dialme");
		center.expect("NO CARRIER");
		center.expect("RING");
		center.expect("host> ");
		assertFalse(security.isLocked(), log.toString());
	}

	private void callWith(String... passwords) throws Exception {
		center.line("ATDT5550100");
		for (String password : passwords) {
			center.expect("Password>");
			center.line(password);
		}
		center.expect("NO CARRIER");
	}
}
