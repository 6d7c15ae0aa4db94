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
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Port;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.MainframeSite;
import org.restripe.simulator.SimulatorMain;

/**
 * The Option 2 services end to end on the second array family, as an engineer types them: the sample
 * mainframe site passes review, a desired site with device 0A00 grown from 3390-3 to 3390-9 and a FICON
 * channel added on I/O port I0032 is planned into a kit, rehearsed on a simulated twin, applied through the standalone
 * simulator's dialback line to its DS8000's DS CLI, and verify reads the array back as designed.
 */
class MainframeEndToEndTest {
	@TempDir
	Path dir;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void deviceTypeChangeAndChannelAdditionPlanApplyAndVerifyOnTheSimulatedDs8000() throws Exception {
		Path data = dir.resolve("data");
		Path keyPassword = ownerOnly("key-password", "center secret\n");
		Path passwords = ownerOnly("passwords", "dialback=dialme\narray=secret\n");
		Path current = dir.resolve("current.restripe");
		SiteFiles.save(MainframeSite.loadShipped(), current);
		assertEquals(0, cli("review", current.toString()), out + "\n" + err);

		Path desiredFile = dir.resolve("desired.restripe");
		SiteFiles.save(desired(), desiredFile);
		assertEquals(0, cli("review", desiredFile.toString()), out + "\n" + err);
		Path kit = dir.resolve("ds8a-expand.kit");
		assertEquals(0, cli("plan", "--current", current.toString(), "--desired", desiredFile.toString(), "--kit",
				kit.toString(), "--data", data.toString(), "--key-password-file", keyPassword.toString()), out + "\n" + err);
		String plan = out.toString();
		// the channel's cabling, the operators' vary offline, the expansion, their vary online: no removal
		assertTrue(plan.startsWith("4 steps on 1 array"), plan);

		assertEquals(0, cli("rehearse", kit.toString(), "--current", current.toString(), "--data", data.toString(),
				"--fast-modem"), out + "\n" + err);
		assertTrue(out.toString().contains("Verified: every array is as designed."), out.toString());
		assertTrue(out.toString().contains("V 0A00,ONLINE"), "the rehearsal lists what the operators will be asked: " + out);

		Path state = dir.resolve("state");
		Process simulator = simulator("--site", current.toString(), "--state", state.toString(), "--pty",
				dir.resolve("pty").toString(), "--fast-modem", "--snmp", "0", "--speed", "30000");
		try {
			List<String> endpoints = readUntil(simulator, "Ctrl-C stops");
			String centerModem = endpoints.stream().filter(l -> l.startsWith("center modem")).findFirst().orElseThrow();
			String pty = centerModem.substring(centerModem.indexOf(" pty ") + 5).split("\\s+")[0];

			assertEquals(0, cliWithInput("confirm\n", "apply", kit.toString(), "--current", current.toString(), "--line",
					"dial:" + pty, "--password-file", passwords.toString(), "--data", data.toString(), "--confirm-steps",
					"--check-every", "100ms"), out + "\n" + err);
			String applied = out.toString();
			assertTrue(applied.contains("V 0A00,OFFLINE"), applied);
			assertTrue(applied.contains("Verified: every array is as designed."), applied);

			assertEquals(0, cli("verify", kit.toString(), "--current", current.toString(), "--line", "dial:" + pty,
					"--password-file", passwords.toString(), "--data", data.toString()), out + "\n" + err);
			assertTrue(out.toString().contains("every array is as designed"), out.toString());
		} finally {
			simulator.destroy();
			assertTrue(simulator.waitFor(20, TimeUnit.SECONDS), "the simulator stops on SIGTERM");
		}
		StorageUnit kept = unit(SiteFiles.load(state.resolve("site.restripe")));
		CkdDevice device = kept.getCkdDevices().stream().filter(d -> d.getDeviceNumber().equals("0A00")).findFirst()
				.orElseThrow();
		assertEquals(CkdType.D3390_9, device.getDeviceType(), "the simulated DS8000 keeps the expanded volume");
		assertTrue(kept.getPorts().stream().anyMatch(p -> p.getName().equals("I0032") && p.getKind() == ChannelKind.FICON),
				"the simulated DS8000 keeps I0032 set to FICON");
	}

	/** The sample site with 0A00 as a 3390-9 and a third FICON channel, I0032, to mvs1. */
	private static Site desired() throws Exception {
		Site site = MainframeSite.loadShipped();
		StorageUnit unit = unit(site);
		unit.getCkdDevices().stream().filter(d -> d.getDeviceNumber().equals("0A00")).findFirst().orElseThrow()
				.setDeviceType(CkdType.D3390_9);
		Port channel = RestripeFactory.eINSTANCE.createPort();
		channel.setId("ds8a-I0032");
		channel.setName("I0032");
		channel.setKind(ChannelKind.FICON);
		channel.setHost(site.getHosts().stream().filter(h -> h.getName().equals("mvs1")).findFirst().orElseThrow());
		unit.getPorts().add(channel);
		return site;
	}

	private Path ownerOnly(String name, String text) throws IOException {
		Path file = Files.writeString(dir.resolve(name), text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private static StorageUnit unit(Site site) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("ds8a")).findFirst().orElseThrow();
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
