package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.connect.modem.DialbackSite.CENTER;
import static org.restripe.connect.modem.DialbackSite.DIAL_PASSWORD;
import static org.restripe.connect.modem.DialbackSite.PATIENCE;
import static org.restripe.connect.modem.DialbackSite.SITE;
import static org.restripe.connect.modem.DialbackSite.password;
import static org.restripe.connect.modem.DialbackSite.readUntil;
import static org.restripe.connect.modem.DialbackSite.settings;
import static org.restripe.connect.modem.DialbackSite.type;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.SerialTransport;
import org.restripe.connect.Transport;
import org.restripe.connect.modem.DialbackCall.State;
import org.restripe.simulator.line.PtyLine;

/**
 * Each way a dialback fails ends in its own state, with a message that tells the engineer what to do, and
 * leaves the center's modem on hook and ready for the next try.
 */
@Timeout(60)
class DialbackFailuresTest {
	@TempDir
	Path dir;
	private final List<State> states = new CopyOnWriteArrayList<>();
	private final Map<State, String> messages = new ConcurrentHashMap<>();
	private DialbackSite site;

	@BeforeEach
	void start() throws Exception {
		site = new DialbackSite(dir);
	}

	@AfterEach
	void stop() throws Exception {
		site.close();
	}

	@Test
	void anEngagedSiteLineIsBusy() throws Exception {
		site.faults().busy(SITE);
		DialbackException e = failing(settings());
		assertEquals(State.BUSY, e.state());
		assertEquals("The site's modem +1 555 0100 is busy; try again later", e.getMessage());
		assertEquals(List.of(State.INITIALISING, State.DIALLING, State.BUSY), states);
	}

	@Test
	void aSiteModemThatDoesNotPickUpIsNoAnswer() throws Exception {
		site.faults().noAnswer(SITE);
		DialbackException e = failing(settings().withExtraInit("ATS7=10"));
		assertEquals(State.NO_ANSWER, e.state());
		assertEquals("The site's modem +1 555 0100 does not answer; check that it is switched on and set to answer calls",
				e.getMessage());
		assertFalse(site.inCall(CENTER));
	}

	@Test
	void anUnpluggedCenterModemHasNoDialtone() throws Exception {
		site.faults().unplug(CENTER);
		DialbackException e = failing(settings());
		assertEquals(State.NO_DIALTONE, e.state());
		assertTrue(e.getMessage().startsWith("The center's modem on serial "), e.getMessage());
		assertTrue(e.getMessage().endsWith(" hears no dial tone; check its telephone cable"), e.getMessage());
	}

	@Test
	void anInitCommandTheModemRefusesIsAModemError() throws Exception {
		DialbackException e = failing(settings().withExtraInit("ATS7=60", "AT&Q5"));
		assertEquals(State.MODEM_ERROR, e.state());
		assertTrue(e.getMessage().contains(" answered ERROR to 'AT&Q5'; check the modem's init commands"), e.getMessage());
		assertEquals(List.of(State.INITIALISING, State.MODEM_ERROR), states);
	}

	@Test
	void aModemThatSaysNothingIsNamedWithTheCommandItIgnored() throws Exception {
		List<String> log = new CopyOnWriteArrayList<>();
		try (PtyLine dead = new PtyLine(dir.resolve("dead-modem"), (in, out) -> in.transferTo(OutputStream.nullOutputStream()),
				log::add); Transport line = SerialTransport.open(dead.clientPath().toString(), 9600)) {
			DialbackCall call = new DialbackCall(line, settings().withCommandTimeout(Duration.ofMillis(500)),
					password(DIAL_PASSWORD), null);
			DialbackException e = assertThrows(DialbackException.class, () -> call.connect(new NullProgressMonitor()));
			assertEquals(State.MODEM_SILENT, e.state());
			assertTrue(e.getMessage().contains("did not answer 'ATZ' within 500 ms; check that it is switched on"),
					e.getMessage());
		}
	}

	@Test
	void noCallBackWithinTheWindowIsReportedAndTheLateCallIsNotAnswered() throws Exception {
		site.close();
		site = new DialbackSite(dir, DialbackSite.timings(Duration.ofSeconds(4)));
		DialbackException e = failing(settings().withCallbackWindow(Duration.ofMillis(500)));
		assertEquals(State.NO_CALLBACK, e.state());
		assertEquals("The site's modem +1 555 0100 did not call back within 500 ms; check the call-back number stored"
				+ " in its dialback account", e.getMessage());
		awaitLogged("callback to +1 555 0199 not answered");
		assertFalse(site.logged("callback connected"), "auto-answer was switched off after the failure: " + site.log());
	}

	@Test
	void aDroppedLineFailsTheSessionWithCarrierLost() throws Exception {
		DialbackCall call = call(site.centerModemLine(), settings());
		Transport link = call.connect(new NullProgressMonitor());
		readUntil(link, "storemgr> ");
		assertTrue(site.faults().dropCall(SITE), "the call was up");
		CarrierLostException lost = assertThrows(CarrierLostException.class, () -> readUntil(link, "never"));
		assertEquals("The line to the site's modem +1 555 0100 dropped (NO CARRIER) during the session; dial again to"
				+ " continue", lost.getMessage());
		assertEquals(State.CARRIER_LOST, call.state());
		assertEquals(lost.getMessage(), messages.get(State.CARRIER_LOST));
		assertThrows(CarrierLostException.class, () -> type(link, "ports\r"));
		link.close();
		assertEquals(State.CARRIER_LOST, call.state(), "closing a dropped line changes nothing");
	}

	@Test
	void cancelWhileDiallingHangsUpAndLeavesTheModemReady() throws Exception {
		site.faults().noAnswer(SITE);
		Transport line = site.centerModemLine();
		NullProgressMonitor monitor = new NullProgressMonitor();
		DialbackCall call = call(line, settings().withExtraInit("ATS7=250"));
		call.addListener((state, message) -> monitor.setCanceled(state == State.DIALLING));
		assertThrows(OperationCanceledException.class, () -> call.connect(monitor));
		assertEquals(State.CANCELLED, call.state());
		assertEquals("Cancelled while dialling; the center's modem hung up", call.message());
		assertFalse(site.inCall(CENTER), "the dial was aborted");

		site.faults().clearAll();
		try (Transport link = new DialbackCall(line, settings(), password(DIAL_PASSWORD), null).connect(new NullProgressMonitor())) {
			readUntil(link, "storemgr> ");
		}
	}

	private DialbackException failing(DialbackSettings settings) throws Exception {
		DialbackCall call = call(site.centerModemLine(), settings);
		DialbackException e = assertThrows(DialbackException.class, () -> call.connect(new NullProgressMonitor()));
		assertEquals(e.state(), call.state());
		assertEquals(e.getMessage(), call.message());
		assertTrue(e.state().isFailure());
		return e;
	}

	private DialbackCall call(Transport line, DialbackSettings settings) {
		DialbackCall call = new DialbackCall(line, settings, password(DIAL_PASSWORD), null);
		call.addListener((state, message) -> {
			states.add(state);
			messages.put(state, message);
		});
		return call;
	}

	private void awaitLogged(String text) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!site.logged(text)) {
			assertTrue(System.nanoTime() < deadline, "never logged '" + text + "': " + site.log());
			Thread.sleep(20);
		}
	}
}
