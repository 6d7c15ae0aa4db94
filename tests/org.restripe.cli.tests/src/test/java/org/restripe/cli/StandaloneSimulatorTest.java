package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.CacheMode;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatorMain;

/**
 * What the README promises a new user: the standalone simulator runs as its own process (ptys, fast modems),
 * and the CLI rehearses a signed kit and then applies it through the simulated site's dialback modem, the
 * center's modem being the simulator's pty opened through jssc. The simulator keeps the change in its state.
 */
class StandaloneSimulatorTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void rehearseThenApplyToTheRunningSimulatorOverItsDialbackLine() throws Exception {
		Path data = dir.resolve("data");
		Path keyPassword = ownerOnly("key-password", "center secret\n");
		Path passwords = ownerOnly("passwords", "dialback=dialme\narray=secret\n");
		Path current = dir.resolve("current.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site desired = DemoSite.create();
		unit(desired, "t3d").getCache().setCacheMode(CacheMode.WRITEBEHIND);
		Path desiredFile = dir.resolve("desired.restripe");
		SiteFiles.save(desired, desiredFile);
		Path kit = dir.resolve("t3d-writebehind.kit");
		assertEquals(0, cli("plan", "--current", current.toString(), "--desired", desiredFile.toString(), "--kit",
				kit.toString(), "--data", data.toString(), "--key-password-file", keyPassword.toString()), err.toString());

		Path state = dir.resolve("state");
		Process simulator = simulator("--state", state.toString(), "--pty", dir.resolve("pty").toString(),
				"--fast-modem", "--snmp", "0", "--speed", "30000");
		try {
			List<String> endpoints = readUntil(simulator, "Ctrl-C stops");
			String centerModem = endpoints.stream().filter(l -> l.startsWith("center modem")).findFirst().orElseThrow();
			String pty = centerModem.substring(centerModem.indexOf(" pty ") + 5).split("\\s+")[0];

			assertEquals(0, cli("rehearse", kit.toString(), "--current", current.toString(), "--data", data.toString(),
					"--fast-modem"), out + "\n" + err);
			assertTrue(out.toString().contains("Verified: every array is as designed."), out.toString());

			assertEquals(0, cliWithInput("confirm\n", "apply", kit.toString(), "--current", current.toString(), "--line",
					"dial:" + pty, "--password-file", passwords.toString(), "--data", data.toString(), "--check-every",
					"100ms"), out + "\n" + err);
			assertTrue(out.toString().contains("CONFIRMED: "), out.toString());
			assertTrue(out.toString().contains("Verified: every array is as designed."), out.toString());
			Path cast;
			try (var files = Files.list(data.resolve("recordings"))) {
				cast = files.filter(f -> f.toString().endsWith("-apply.cast")).findFirst().orElseThrow();
			}
			assertEquals(0, cli("verify-recording", cast.toString()), err.toString());
			assertTrue(out.toString().contains(" is intact: "), out.toString());
		} finally {
			simulator.destroy();
			assertTrue(simulator.waitFor(20, TimeUnit.SECONDS), "the simulator stops on SIGTERM");
		}
		Site kept = SiteFiles.load(state.resolve("site.restripe"));
		assertEquals(CacheMode.WRITEBEHIND, unit(kept, "t3d").getCache().getCacheMode(),
				"the simulator keeps the change in its state directory");
	}

	private Path ownerOnly(String name, String text) throws IOException {
		Path file = Files.writeString(dir.resolve(name), text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private static org.restripe.model.StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
	}

	private int cli(String... args) {
		return cliWithInput("", args);
	}

	private int cliWithInput(String stdin, String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	/** The simulator as its script starts it, in a process of its own; its log goes to simulator.err. */
	private Process simulator(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SimulatorMain.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(dir.resolve("simulator.err").toFile()).start();
	}

	private static List<String> readUntil(Process process, String last) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> lines = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lines.add(line);
			if (line.contains(last)) {
				return lines;
			}
		}
		throw new IOException("the simulator ended before '" + last + "': " + lines);
	}
}
