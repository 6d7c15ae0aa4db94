package org.restripe.simulator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.Terminal;

/**
 * The arrays' consoles on real pseudo-terminals (socat), the management host over telnet on loopback, and
 * Debian's ser2net as the terminal server in front of the console ptys.
 */
@Timeout(40)
class ConsoleLinesTest {
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
	void consoleOnAPseudoTerminalChangesTheArray() throws Exception {
		Path pty = site.consolePty("t3c");
		assertTrue(pty.toRealPath().toString().startsWith("/dev/pts/"), pty.toRealPath().toString());
		try (Terminal t3 = Terminal.onPty(pty)) {
			t3.send("\r");
			t3.login("t3c", "secret");
			assertEquals("", t3.t3("t3c", "vol unmount v0"));
			assertEquals(VolumeState.UNMOUNTED, site.array("t3c").volume("v0").getState());
			t3.line("logout");
			t3.expect("t3c console login: ");
		}
	}

	@Test
	void telnetToTheManagementHostListsPortsAndSessions() throws Exception {
		try (Terminal host = Terminal.connect(site.telnetPort())) {
			host.expect("storemgr> ");
			host.line("ports");
			String ports = host.expect("storemgr> ");
			assertTrue(ports.contains("5     /dev/ttyS4   se6120"), ports);
			host.line("connect 4");
			host.expect("t3d console login: ");
			try (Terminal other = Terminal.connect(site.telnetPort())) {
				other.expect("storemgr> ");
				other.line("connect t3d");
				other.expect("port 4 is in use by telnet-1");
				other.line("who");
				other.expect("port 4: telnet-1");
				other.line("disconnect 4");
				other.expect("disconnected telnet-1 from port 4");
				host.expect("disconnected from t3d");
				other.line("connect 4");
				other.expect("t3d console login: ");
			}
			host.line("frob");
			host.expect("frob: unknown command");
		}
	}

	@Test
	void ser2netServesTheConsolePtys() throws Exception {
		int port = freePort();
		Path config = dir.resolve("ser2net.yaml");
		Ser2netConfig.write(config, Map.of("t3a", new Ser2netConfig.Console(site.consolePty("t3a").toRealPath(), port)));
		Process ser2net = startSer2net(config);
		try {
			Terminal t3 = connectWhenListening(port);
			t3.send("\r");
			t3.login("t3a", "secret");
			assertTrue(t3.t3("t3a", "ver").contains("T3B Release 2.01.00"));
			t3.close();
		} finally {
			ser2net.destroy();
			assertTrue(ser2net.waitFor(5, TimeUnit.SECONDS), "ser2net stops on SIGTERM");
		}
		assertTrue(Files.readString(config).contains("connector: serialdev," + site.consolePty("t3a").toRealPath()));
	}

	@Test
	void sessionsThroughSer2netFindTheConsoleAsTheLastOneLeftIt() throws Exception {
		int port = freePort();
		Path config = dir.resolve("ser2net.yaml");
		Ser2netConfig.write(config, Map.of("t3b", new Ser2netConfig.Console(site.consolePty("t3b").toRealPath(), port)));
		Process ser2net = startSer2net(config);
		try {
			try (Terminal first = connectWhenListening(port)) {
				first.send("\r");
				first.login("t3b", "secret");
				first.t3("t3b", "vol list");
				try (Terminal direct = Terminal.connect(site.consolePort("t3b"))) {
					direct.expect("t3b console is in use by pty " + site.consolePty("t3b"));
					direct.expectEnd(Terminal.PATIENCE);
				}
			}
			assertTrue(site.consoleLine("t3b").awaitFree(Terminal.PATIENCE), "ser2net closes the pty when its client leaves");
			try (Terminal second = connectWhenListening(port)) {
				second.send("\r");
				String seen = second.expect("t3b:/:<2>");
				assertFalse(seen.contains("login"), "still logged in: " + seen);
			}
		} finally {
			ser2net.destroy();
			assertTrue(ser2net.waitFor(5, TimeUnit.SECONDS), "ser2net stops on SIGTERM");
		}
	}

	private Process startSer2net(Path config) throws Exception {
		return new ProcessBuilder("ser2net", "-d", "-u", "-c", config.toString(), "-P", dir.resolve("ser2net.pid").toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("ser2net.log").toFile()).start();
	}

	private static int freePort() throws Exception {
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return free.getLocalPort();
		}
	}

	private static Terminal connectWhenListening(int port) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (true) {
			try {
				return Terminal.connect(port);
			} catch (java.net.ConnectException notYet) {
				if (System.nanoTime() > deadline) {
					throw notYet;
				}
				Thread.sleep(20);
			}
		}
	}
}
