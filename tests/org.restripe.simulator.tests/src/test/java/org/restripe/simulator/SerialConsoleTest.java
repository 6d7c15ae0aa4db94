package org.restripe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;

/**
 * An array's console is one serial console: it stays logged in when a session goes away, takes one
 * session at a time, and its TCP port and its pty (socat) are two ways onto the same line.
 */
@Timeout(60)
class SerialConsoleTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new CopyOnWriteArrayList<>();
	@TempDir
	Path dir;
	private SimulatedSite site;

	@BeforeEach
	void start() throws Exception {
		site = new SimulatedSite(DemoSite.create(), SiteOptions.forTests().withPtyDir(dir), log::add);
	}

	@AfterEach
	void stop() {
		site.close();
	}

	@Test
	void aSessionThatComesBackFindsTheConsoleLoggedIn() throws Exception {
		try (Terminal first = Terminal.connect(site.consolePort("t3a"))) {
			first.login("t3a", PASSWORD);
			assertEquals("", first.t3("t3a", "vol unmount v0"));
		}
		try (Terminal again = Terminal.connect(site.consolePort("t3a"))) {
			again.line("");
			String seen = again.expect("t3a:/:<2>");
			assertFalse(seen.contains("login"), "no new login: " + seen);
			assertTrue(again.t3("t3a", "vol stat").contains("\r\nunmounted "));
			again.line("");
			again.expect("t3a:/:<3>");
		}
		assertEquals(VolumeState.UNMOUNTED, site.array("t3a").volume("v0").getState());
	}

	@Test
	void logoutReturnsTheConsoleToItsLoginPrompt() throws Exception {
		try (Terminal first = Terminal.connect(site.consolePort("t3b"))) {
			first.login("t3b", PASSWORD);
			first.t3("t3b", "ver");
			first.line("logout");
			first.expect("t3b console login: ");
		}
		try (Terminal again = Terminal.connect(site.consolePort("t3b"))) {
			again.line("root");
			again.expect("Password: ");
			again.line(PASSWORD);
			String banner = again.expect("t3b:/:<1>");
			assertTrue(banner.contains("T3B Release"), "a fresh login shows the release and counts from 1: " + banner);
		}
	}

	@Test
	void aSecondSessionIsRefusedWhileTheFirstHoldsTheConsole() throws Exception {
		try (Terminal first = Terminal.connect(site.consolePort("t3a"))) {
			first.login("t3a", PASSWORD);
			try (Terminal second = Terminal.connect(site.consolePort("t3a"))) {
				second.expect("t3a console is in use by tcp 127.0.0.1:");
				second.expect("(one session at a time)\r\n");
				second.expectEnd(Terminal.PATIENCE);
				assertFalse(second.pending().contains("login"), second.pending());
			}
			assertTrue(first.t3("t3a", "vol list").contains("v0 "), "the first session goes on");
			first.line("");
			first.expect("t3a:/:<2>");
		}
	}

	@Test
	void thePtyAndTheTcpPortOfAConsoleExcludeEachOther() throws Exception {
		Path pty = site.consolePty("t3c");
		try (Terminal serial = Terminal.onPty(pty)) {
			serial.line("");
			serial.login("t3c", PASSWORD);
			try (Terminal tcp = Terminal.connect(site.consolePort("t3c"))) {
				tcp.expect("t3c console is in use by pty " + pty);
				tcp.expectEnd(Terminal.PATIENCE);
			}
			serial.t3("t3c", "vol unmount v0");
		}
		assertTrue(site.consoleLine("t3c").awaitFree(Terminal.PATIENCE), "closing the pty ends its session");
		try (Terminal tcp = Terminal.connect(site.consolePort("t3c"))) {
			tcp.line("");
			tcp.expect("t3c:/:<2>");
			try (Terminal serial = Terminal.onPty(pty)) {
				serial.line("");
				serial.expect("t3c console is in use by tcp 127.0.0.1:");
				serial.expect("; input ignored\r\n");
				serial.line("vol remove v0");
				serial.expect("; input ignored\r\n");
				tcp.line("");
				tcp.expect("t3c:/:<2>");
			}
			assertEquals(VolumeState.UNMOUNTED, site.array("t3c").volume("v0").getState(),
					"what the pty typed never reached the console: v0 is still there");
		}
		assertTrue(site.consoleLine("t3c").awaitFree(Terminal.PATIENCE), "closing the TCP connection ends its session");
		try (Terminal serial = Terminal.onPty(pty)) {
			serial.line("");
			serial.expect("t3c:/:<2>");
		}
	}

	@Test
	void theTerminalServerFindsTheConsoleLoggedInAfterCtrlBracket() throws Exception {
		try (Terminal host = Terminal.connect(site.telnetPort())) {
			host.expect("storemgr> ");
			host.line("connect t3a");
			host.login("t3a", PASSWORD);
			host.line("vol list");
			host.expect("t3a:/:<2>");
			host.send("\u001d");
			host.expect("disconnected from t3a");
			host.expect("storemgr> ");
			host.line("connect 1");
			host.expect("Ctrl-] returns here");
			host.line("");
			String seen = host.expect("t3a:/:<2>");
			assertFalse(seen.contains("login"), "still logged in: " + seen);
			host.line("logout");
			host.expect("t3a console login: ");
		}
	}

	@Test
	void aConsoleSomeoneHoldsDirectlyRefusesTheTerminalServer() throws Exception {
		try (Terminal direct = Terminal.connect(site.consolePort("t3b"));
				Terminal host = Terminal.connect(site.telnetPort())) {
			direct.expect("t3b console login: ");
			host.expect("storemgr> ");
			host.line("connect t3b");
			host.expect("t3b console is in use by tcp 127.0.0.1:");
			host.expect("disconnected from t3b");
			host.expect("storemgr> ");
			host.line("ports");
			String ports = host.expect("storemgr> ");
			assertTrue(ports.contains("2     /dev/ttyS1   t3b"), ports);
			assertFalse(ports.contains("telnet-"), "the refused session holds no port: " + ports);
		}
	}
}
