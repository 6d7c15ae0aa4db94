package org.restripe.simulator.modem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The telephone line's faults as the center's modem reports them: an engaged site line (BUSY), a site modem
 * that does not pick up (NO ANSWER after S7), the center's cable unplugged (NO DIALTONE), a call dropped in
 * the middle of a session (NO CARRIER), and a dial the engineer aborts with a keystroke.
 */
@Timeout(30)
class LineFaultsTest {
	private static final String SITE = "+1 555 0100";
	private static final String CENTER = "+1 555 0199";
	private final List<String> log = new CopyOnWriteArrayList<>();
	private SimulatedSite site;
	private LineFaults faults;
	private Terminal center;

	@BeforeEach
	void start() throws Exception {
		site = new SimulatedSite(DemoSite.create(), SiteOptions.forTests(), log::add);
		faults = site.network().faults();
		center = Terminal.connect(site.centerModemPort());
		center.line("ATE0");
		center.expect("OK");
	}

	@AfterEach
	void stop() throws Exception {
		center.close();
		site.close();
	}

	@Test
	void anEngagedSiteLineIsBusy() throws Exception {
		faults.busy(SITE);
		center.line("ATDT" + SITE);
		center.expect("\r\nBUSY\r\n");
		faults.clear(SITE, LineFaults.LineFault.BUSY);
		center.line("ATDT" + SITE);
		center.expect("CONNECT 33600");
		center.expect("Password>");
	}

	@Test
	void aSiteModemThatDoesNotPickUpIsNoAnswerAfterS7() throws Exception {
		faults.noAnswer(SITE);
		center.line("ATS7=5");
		center.expect("OK");
		center.line("ATDT" + SITE);
		center.expect("\r\nNO ANSWER\r\n");
		assertFalse(site.network().inCall(CENTER), "the center's modem is back on hook");
		assertFalse(log.stream().anyMatch(l -> l.startsWith("dialback modem")), log.toString());
	}

	@Test
	void anUnpluggedCenterModemHasNoDialtone() throws Exception {
		faults.unplug(CENTER);
		center.line("ATDT" + SITE);
		center.expect("\r\nNO DIALTONE\r\n");
		center.line("ATV0");
		center.expect("0\r");
		center.line("ATDT" + SITE);
		center.expect("6\r");
	}

	@Test
	void aDroppedCallIsNoCarrierInTheMiddleOfTheSession() throws Exception {
		center.line("ATS0=1");
		center.expect("OK");
		center.line("ATDT" + SITE);
		center.expect("Password>");
		center.line("dialme");
		center.expect("RING");
		center.expect("storemgr> ");
		awaitInCall(SITE);
		assertTrue(faults.dropCall(SITE), "there was a call to drop");
		center.expect("\r\nNO CARRIER\r\n");
		center.line("AT");
		center.expect("OK");
		assertFalse(site.network().inCall(SITE), "the site's line is free again");
		assertFalse(faults.dropCall(SITE), "no call is left to drop");
	}

	@Test
	void aKeystrokeAbortsADialInProgress() throws Exception {
		faults.noAnswer(SITE);
		center.line("ATS7=250");
		center.expect("OK");
		center.line("ATDT" + SITE);
		awaitInCall(CENTER);
		center.send("\r");
		center.expect("\r\nNO CARRIER\r\n");
		assertFalse(site.network().inCall(CENTER), "the abort hung the line up");
		center.line("AT");
		center.expect("OK");
	}

	/** Waits (generously) until the line is in a call: the modem acts on its own thread. */
	private void awaitInCall(String number) throws InterruptedException {
		long deadline = System.nanoTime() + Terminal.PATIENCE.toNanos();
		while (!site.network().inCall(number)) {
			assertTrue(System.nanoTime() < deadline, number + " never went off hook; " + log);
			Thread.sleep(5);
		}
	}
}
