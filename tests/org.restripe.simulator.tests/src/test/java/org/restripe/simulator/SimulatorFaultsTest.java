package org.restripe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restripe.model.VolumeState;
import org.restripe.simulator.SimulatorMain.UsageException;

/**
 * The standalone simulator's {@code --fault} options: each kind read from the command line and having
 * its effect on the site it starts, in this JVM and as a process of its own; bad specs refused by name.
 */
@Timeout(60)
class SimulatorFaultsTest {
	private static final String PASSWORD = "secret";

	private final List<String> log = new CopyOnWriteArrayList<>();
	@TempDir
	Path dir;
	private SimulatedSite site;

	@AfterEach
	void stop() {
		if (site != null) {
			site.close();
		}
	}

	private SimulatedSite start(String... faults) throws Exception {
		List<String> args = new ArrayList<>(List.of("--state", dir.resolve("state").toString(), "--snmp", "0", "--speed", "1",
				"--fast-modem"));
		for (String fault : faults) {
			args.add("--fault");
			args.add(fault);
		}
		site = SimulatorMain.start(SimulatorMain.parse(args.toArray(String[]::new)), log::add);
		return site;
	}

	@Test
	void eachKindOfFaultIsReadFromTheCommandLine() throws Exception {
		SimulatorMain.Launch launch = SimulatorMain.parse("--fault", "disk:t3a:u1d4", "--fault", "error:t3b:vol  mount v0",
				"--fault", "drop:t3c:after=5");
		assertEquals(List.of(new SiteFault(SiteFault.Kind.DISK, "t3a", "u1d4"),
				new SiteFault(SiteFault.Kind.ERROR, "t3b", "vol mount v0"), new SiteFault(SiteFault.Kind.DROP, "t3c", "after=5")),
				launch.faults());
		assertEquals(5, launch.faults().get(2).dropAfter());
		assertEquals("error:t3b:vol mount v0", launch.faults().get(1).spec());
	}

	@Test
	void aFailedDiskIsReplacedByTheHotSpare() throws Exception {
		start("disk:t3a:u1d4");
		try (Terminal t3 = Terminal.connect(site.consolePort("t3a"))) {
			t3.login("t3a", PASSWORD);
			assertTrue(t3.t3("t3a", "fru stat").contains("u1d4    fault    substituted data disk"));
			String stat = t3.t3("t3a", "vol stat");
			assertTrue(stat.matches("(?s).*\r\nmounted        0      0      0      4      0      0      0      0      5\r\n"
					+ " reconstructing to standby \\d+%.*"), stat);
		}
	}

	@Test
	void aCommandGetsTheDeviceErrorOnce() throws Exception {
		start("error:t3a:vol mount v0");
		try (Terminal t3 = Terminal.connect(site.consolePort("t3a"))) {
			t3.login("t3a", PASSWORD);
			assertEquals("", t3.t3("t3a", "vol unmount v0"));
			assertEquals("Error: device busy (0x0a)\r\n", t3.t3("t3a", "vol mount v0"));
			assertEquals(VolumeState.UNMOUNTED, site.array("t3a").volume("v0").getState());
			assertEquals("", t3.t3("t3a", "vol mount v0"), "the next try succeeds");
			assertEquals(VolumeState.MOUNTED, site.array("t3a").volume("v0").getState());
		}
	}

	@Test
	void theLineDropsAfterTheSessionsNthCommandAndTheConsoleStaysLoggedIn() throws Exception {
		start("drop:t3a:after=2");
		try (Terminal t3 = Terminal.connect(site.consolePort("t3a"))) {
			t3.login("t3a", PASSWORD);
			t3.t3("t3a", "ver");
			t3.line("vol list");
			t3.expect("v0                254.8 GB    5 u1d1-8     u1d9\r\n");
			t3.expectEnd(Terminal.PATIENCE);
			assertFalse(t3.pending().contains("t3a:/:<"), "no prompt after the dropped command: " + t3.pending());
		}
		try (Terminal again = Terminal.connect(site.consolePort("t3a"))) {
			again.line("");
			again.expect("t3a:/:<3>");
			again.t3("t3a", "ver");
			again.t3("t3a", "ver");
			again.line("");
			again.expect("t3a:/:<5>");
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"disk:t3a | expected disk:ARRAY:DISK, error:ARRAY:COMMAND or drop:ARRAY:after=N",
			"flood:t3a:u1d4 | unknown kind 'flood' (disk, error or drop)",
			"disk:t3a:u1d1-3 | expected one disk such as u1d4, not 'u1d1-3'",
			"drop:t3a:5 | expected after=N",
			"drop:t3a:after=0 | expected after=N",
			"error:t3a: | expected disk:ARRAY:DISK" })
	void aBadSpecIsRefusedByName(String spec, String why) {
		UsageException e = assertThrows(UsageException.class, () -> SimulatorMain.parse("--fault", spec));
		assertTrue(e.getMessage().startsWith("bad --fault '" + spec + "': "), e.getMessage());
		assertTrue(e.getMessage().contains(why), e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"disk:t9:u1d4 | the site has no array 't9' (its arrays: t3a, t3b, t3c, t3d, se6120)",
			"disk:t3a:u1d12 | Error: drive does not exist: u1d12",
			"drop:nas:after=1 | the site has no array 'nas'" })
	void aFaultOnSomethingTheSiteDoesNotHaveIsRefusedByName(String spec, String why) {
		UsageException e = assertThrows(UsageException.class, () -> start(spec));
		assertTrue(e.getMessage().startsWith("bad --fault '" + spec + "': " + why), e.getMessage());
	}

	@Test
	void theSimulatorProcessStartsWithItsFaultsArmed() throws Exception {
		Process process = simulator("--state", dir.resolve("state").toString(), "--snmp", "0", "--fast-modem", "--speed", "1",
				"--fault", "disk:t3b:u1d2", "--fault", "error:t3a:vol unmount", "--fault", "drop:t3a:after=1");
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			List<String> startup = readUntil(out, "Ctrl-C stops");
			assertTrue(startup.contains("fault: t3b disk u1d2 failed (the hot spare takes over)"), startup.toString());
			assertTrue(startup.contains("fault: t3a console line drops after 1 commands of a session (once)"), startup.toString());
			try (Terminal t3b = Terminal.connect(consolePort(startup, "t3b"))) {
				t3b.login("t3b", PASSWORD);
				assertTrue(t3b.t3("t3b", "fru stat").contains("u1d2    fault    substituted data disk"));
			}
			try (Terminal t3a = Terminal.connect(consolePort(startup, "t3a"))) {
				t3a.login("t3a", PASSWORD);
				t3a.line("vol unmount v0");
				t3a.expect("Error: device busy (0x0a)\r\n");
				t3a.expectEnd(Terminal.PATIENCE);
			}
		} finally {
			process.destroy();
			assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the simulator stops on SIGTERM");
		}
	}

	@Test
	void theSimulatorProcessRefusesABadFaultWithItsUsage() throws Exception {
		Process process = simulator("--state", dir.resolve("state").toString(), "--snmp", "0", "--fault", "drop:t3a:after=x");
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the simulator exits");
		String stderr = Files.readString(dir.resolve("simulator.err"));
		assertEquals(2, process.exitValue(), stderr);
		assertTrue(stderr.startsWith("simulate: bad --fault 'drop:t3a:after=x': expected after=N"), stderr);
		assertTrue(stderr.contains("usage: simulate "), stderr);
		assertFalse(stderr.contains("Exception"), "no Java exception reaches the user: " + stderr);
		assertFalse(Files.exists(dir.resolve("state")), "nothing was started");
	}

	/** The simulator as its script runs it; what it logs goes to simulator.err. */
	private Process simulator(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(dir.resolve("simulator.err").toFile()).start();
	}

	private static List<String> readUntil(BufferedReader out, String last) throws IOException {
		List<String> lines = new ArrayList<>();
		String line;
		while ((line = out.readLine()) != null) {
			lines.add(line);
			if (line.contains(last)) {
				return lines;
			}
		}
		throw new IOException("the simulator ended before '" + last + "': " + lines);
	}

	private static int consolePort(List<String> startup, String array) {
		Pattern endpoint = Pattern.compile("array " + array + " +console tcp 127\\.0\\.0\\.1:(\\d+)");
		for (String line : startup) {
			Matcher m = endpoint.matcher(line);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		throw new AssertionError("no console endpoint for " + array + " in " + startup);
	}
}
