package org.restripe.simulator.modem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.Terminal;

/**
 * The center's modem served on its TCP port and on its pty at once: one line owns the modem, the other is
 * told it is in use, and neither garbles the other's commands (as both used to, racing for the same bytes).
 */
@Timeout(40)
class CenterModemLinesTest {
	/** Guard time 0.4 s: an idle pty lets the modem go after 4 s, long enough for the refusals below. */
	private static final ModemTimings TIMINGS = new ModemTimings(Duration.ofMillis(400), Duration.ofMillis(50),
			Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(20));
	private final List<String> log = new CopyOnWriteArrayList<>();
	@TempDir
	Path dir;
	private SimulatedSite site;
	private Terminal pty;

	@BeforeEach
	void start() throws Exception {
		SiteOptions options = new SiteOptions(null, dir, 1.0, TIMINGS, "secret", "dialme", 0, "public");
		site = new SimulatedSite(DemoSite.create(), options, log::add);
		Path path = site.centerModemPty();
		pty = new Terminal(new FileInputStream(path.toFile()), new FileOutputStream(path.toFile()), () -> { });
	}

	@AfterEach
	void stop() throws Exception {
		pty.close();
		site.close();
	}

	@Test
	void thePtyOwnsTheModemWhileTheTcpLineIsRefused() throws Exception {
		pty.line("ATE0");
		pty.expect("OK\r\n");
		try (Terminal tcp = Terminal.connect(site.centerModemPort())) {
			tcp.line("ATS7=99");
			tcp.expect("MODEM IN USE ON ANOTHER LINE");
			pty.line("ATS7=33");
			pty.expect("OK\r\n");
			tcp.line("ATS7=99");
			tcp.expect("MODEM IN USE ON ANOTHER LINE");
			pty.line("ATS7?");
			pty.expect("\r\n033\r\n");
			assertFalse(tcp.pending().contains("033"), "the refused line hears nothing of the owner's session");
		}
		assertTrue(log.stream().anyMatch(l -> l.contains("refused input on line 2, in use on line 1")), log.toString());
	}

	@Test
	void aTcpClientThatDisconnectsLetsThePtyHaveTheModem() throws Exception {
		try (Terminal tcp = Terminal.connect(site.centerModemPort())) {
			tcp.line("AT");
			tcp.expect("OK\r\n");
			pty.line("AT");
			pty.expect("MODEM IN USE ON ANOTHER LINE");
		}
		untilOk(pty);
	}

	@Test
	void anIdlePtyLetsTheTcpLineHaveTheModem() throws Exception {
		pty.line("AT");
		pty.expect("OK\r\n");
		try (Terminal tcp = Terminal.connect(site.centerModemPort())) {
			tcp.line("AT");
			tcp.expect("MODEM IN USE ON ANOTHER LINE");
			untilOk(tcp);
			pty.line("AT");
			pty.expect("MODEM IN USE ON ANOTHER LINE");
		}
	}

	/** Types AT until the modem answers OK: the other line lets go on the modem's own thread and time. */
	private static void untilOk(Terminal terminal) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			terminal.line("AT");
			try {
				terminal.expect("\r\nOK\r\n", Duration.ofMillis(500));
				return;
			} catch (IOException stillInUse) {
				assertTrue(System.nanoTime() < deadline, "the modem was never free: " + terminal.pending());
			}
		}
	}
}
