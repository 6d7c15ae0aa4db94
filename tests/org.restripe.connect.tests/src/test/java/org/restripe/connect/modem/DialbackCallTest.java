package org.restripe.connect.modem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.connect.modem.DialbackCall.State.ANSWERING;
import static org.restripe.connect.modem.DialbackCall.State.AWAITING_CALLBACK;
import static org.restripe.connect.modem.DialbackCall.State.CONNECTED;
import static org.restripe.connect.modem.DialbackCall.State.DIALLING;
import static org.restripe.connect.modem.DialbackCall.State.HUNG_UP;
import static org.restripe.connect.modem.DialbackCall.State.INITIALISING;
import static org.restripe.connect.modem.DialbackCall.State.PASSWORD;
import static org.restripe.connect.modem.DialbackSite.CENTER;
import static org.restripe.connect.modem.DialbackSite.DIAL_PASSWORD;
import static org.restripe.connect.modem.DialbackSite.SITE;
import static org.restripe.connect.modem.DialbackSite.password;
import static org.restripe.connect.modem.DialbackSite.readUntil;
import static org.restripe.connect.modem.DialbackSite.settings;
import static org.restripe.connect.modem.DialbackSite.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;
import org.restripe.connect.modem.DialbackCall.State;

/**
 * The whole dialback as the engineer makes it: the center's modem on a real pty through jssc, the site's
 * dial-security modem, the telephone line and the management host played by the simulator.
 */
@Timeout(60)
class DialbackCallTest {
	@TempDir
	Path dir;
	private final List<State> states = new CopyOnWriteArrayList<>();

	@Test
	void aDialbackReachesTheManagementHostAndIsRecordedWithoutThePassword() throws Exception {
		Path cast = dir.resolve("dialback.cast");
		try (DialbackSite site = new DialbackSite(dir); SessionRecording recording = SessionRecording.start(cast, "dialback")) {
			DialbackCall call = call(site.centerModemLine(), settings(), recording);
			try (Transport link = call.connect(new NullProgressMonitor())) {
				assertTrue(readUntil(link, "storemgr> ").contains("storemgr terminal server"));
				type(link, "ports\r");
				assertTrue(readUntil(link, "storemgr> ").contains("1     /dev/ttyS0   t3a"));
				assertEquals("Connected to the site's management host at 33600 bps (called back by +1 555 0100)",
						call.message());
			}
			assertEquals(List.of(INITIALISING, DIALLING, PASSWORD, AWAITING_CALLBACK, ANSWERING, CONNECTED, HUNG_UP), states);
			assertFalse(site.inCall(CENTER), "closing the line hung the modem up");
			assertTrue(site.logged("callback connected to +1 555 0199"), site.log());
		}
		String recorded = Files.readString(cast);
		assertTrue(recorded.contains("ATDT15550100"), recorded);
		assertTrue(recorded.contains("Password>"), recorded);
		assertTrue(recorded.contains("\"m\", \"secret typed: dialback password\""), recorded);
		assertFalse(recorded.contains(DIAL_PASSWORD), "the password is never recorded in clear: " + recorded);
		assertTrue(recorded.contains("RING"), recorded);
	}

	@Test
	void theCallBackCanBeAnsweredWithAtaOverTheModemsTcpPort() throws Exception {
		try (DialbackSite site = new DialbackSite(dir)) {
			DialbackCall call = call(site.centerModemTcp(), settings().withAnswerAfterRings(0), null);
			try (Transport link = call.connect(new NullProgressMonitor())) {
				readUntil(link, "storemgr> ");
				type(link, "who\r");
				assertTrue(readUntil(link, "storemgr> ").contains("you are modem-1"));
			}
			assertEquals(HUNG_UP, call.state());
		}
	}

	@Test
	void threeWrongPasswordsGetNoCallbackAndLockTheAccount() throws Exception {
		try (DialbackSite site = new DialbackSite(dir)) {
			Transport line = site.centerModemLine();
			DialbackException refused = assertThrows(DialbackException.class,
					() -> call(line, settings().withCallbackWindow(java.time.Duration.ofSeconds(3)), null,
							"guess1", "guess2", "guess3").connect(new NullProgressMonitor()));
			assertEquals(State.WRONG_PASSWORD, refused.state());
			assertEquals("The site's modem refused the dialback password three times; the account may now be locked",
					refused.getMessage());
			assertTrue(site.logged("3 wrong passwords from 15550199, hung up without callback"), site.log());

			states.clear();
			DialbackException locked = assertThrows(DialbackException.class,
					() -> call(line, settings(), null, DIAL_PASSWORD).connect(new NullProgressMonitor()));
			assertEquals(State.WRONG_PASSWORD, locked.state());
			assertTrue(locked.getMessage().contains("it was not tried again"), locked.getMessage());
			assertTrue(site.logged("password refused, dial security is locked (try 1 of 3)"), site.log());
			assertFalse(site.logged("calling back"), "no wrong or locked password is called back: " + site.log());
			assertEquals(List.of(INITIALISING, DIALLING, PASSWORD, PASSWORD, State.WRONG_PASSWORD), states);
		}
	}

	@Test
	void aStoredPasswordTheSiteRefusedIsNotTypedAgain() throws Exception {
		try (DialbackSite site = new DialbackSite(dir)) {
			DialbackException refused = assertThrows(DialbackException.class,
					() -> call(site.centerModemLine(), settings(), null, "stale").connect(new NullProgressMonitor()));
			assertEquals(State.WRONG_PASSWORD, refused.state());
			assertEquals("The site's modem refused the dialback password; it was not tried again. Check the password"
					+ " kept for +1 555 0100; the account may also be locked", refused.getMessage());
			assertTrue(site.logged("wrong password (try 1 of 3)"), site.log());
			assertFalse(site.logged("(try 2 of 3)"), site.log());
			assertFalse(site.logged("dial security locked"), site.log());
		}
	}

	private DialbackCall call(Transport line, DialbackSettings settings, SessionRecording recording) {
		return call(line, settings, recording, DIAL_PASSWORD);
	}

	private DialbackCall call(Transport line, DialbackSettings settings, SessionRecording recording, String... passwords) {
		DialbackCall call = new DialbackCall(line, settings, password(passwords), recording);
		call.addListener((state, message) -> states.add(state));
		return call;
	}
}
