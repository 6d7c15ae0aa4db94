package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.CacheMode;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;

/**
 * The site commands as an engineer types them: rehearse a signed kit on a twin, discover the running site, apply
 * the kit commit-confirmed and verify it, over the management host's terminal server of a simulated site.
 */
class SiteCommandsTest {
	@TempDir
	Path dir;
	private Path data;
	private Path keyPassword;
	private Path passwords;
	private Path current;
	private Path kit;
	private Path onlineKit;
	private SimulatedSite site;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void planAKit() throws Exception {
		data = dir.resolve("data");
		keyPassword = ownerOnly(dir.resolve("key-password"), "center secret\n");
		passwords = ownerOnly(dir.resolve("passwords"), "dialback=dialme\narray=secret\n");
		Site demo = DemoSite.create();
		current = dir.resolve("current.restripe");
		SiteFiles.save(demo, current);
		Site online = EcoreUtil.copy(demo);
		StorageUnit se6120 = unit(online, "se6120");
		se6120.getCache().setCacheMode(CacheMode.WRITETHROUGH);
		se6120.getCache().setReconRate(ReconRate.HIGH);
		onlineKit = plan(online, "online");
		Site rebuilt = EcoreUtil.copy(online);
		unit(rebuilt, "t3b").getVolumes().get(0).setStandby(null);
		kit = plan(rebuilt, "change");
		site = new SimulatedSite(DemoSite.create(),
				new SiteOptions(null, null, 30_000, ModemTimings.fast(), "secret", "dialme", 0, "public"), line -> { });
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	/** Plans the way from the current site to {@code desired} with the CLI, as an engineer would. */
	private Path plan(Site desired, String name) throws Exception {
		Path desiredFile = dir.resolve(name + ".restripe");
		SiteFiles.save(desired, desiredFile);
		Path file = dir.resolve(name + ".kit");
		assertEquals(0, run("", "plan", "--current", current.toString(), "--desired", desiredFile.toString(), "--kit",
				file.toString(), "--data", data.toString(), "--key-password-file", keyPassword.toString()), err());
		return file;
	}

	private static Path ownerOnly(Path file, String text) throws Exception {
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
	}

	private int run(String stdin, String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String line() {
		return "telnet:127.0.0.1:" + site.telnetPort();
	}

	private int apply(String stdin, String... more) {
		return apply(kit, stdin, more);
	}

	private int apply(Path kit, String stdin, String... more) {
		String[] base = { "apply", kit.toString(), "--current", current.toString(), "--line", line(), "--password-file",
				passwords.toString(), "--data", data.toString(), "--confirm-steps", "--reply-timeout", "10", "--check-every", "100ms" };
		String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, args, base.length, more.length);
		return run(stdin, args);
	}

	@Test
	void rehearseThenApplyThenVerify() throws Exception {
		assertEquals(0, run("", "rehearse", kit.toString(), "--current", current.toString(), "--data", data.toString(),
				"--fast-modem"), out() + err());
		assertTrue(out().contains("Verified: every array is as designed."), out());
		assertTrue(out().contains("ask you to confirm: t3b step"), out());
		assertTrue(out().contains("call the dialback modem +1 555 0100 of the simulated twin"), out());
		assertTrue(out().contains("of wire time at 33600 baud"), out());

		assertEquals(0, run("", "discover", "--site", current.toString(), "--line", line(), "--password-file",
				passwords.toString(), "--data", data.toString()), out() + err());
		assertTrue(out().contains("se6120: as in the site file"), out());

		assertEquals(0, apply("confirm\n"), out() + err());
		assertTrue(out().contains("The arrays are as " + current + " says."), out());
		assertTrue(out().contains("CONFIRMED: "), out());
		assertTrue(out().contains("Verified: every array is as designed."), out());
		assertEquals(CacheMode.WRITETHROUGH, site.array("se6120").unit().getCache().getCacheMode());

		assertEquals(0, run("", "verify", kit.toString(), "--line", line(), "--password-file", passwords.toString(),
				"--data", data.toString()), out() + err());
		assertTrue(out().contains("Verified: every array is as designed."), out());
		try (var recordings = Files.list(data.resolve("recordings"))) {
			assertEquals(3, recordings.filter(f -> f.toString().endsWith(".cast")).count(),
					"discover, apply and verify each recorded");
		}
		theApplyRecordingVerifiesAndAnEditIsCaught();
	}

	/** The whole job from the command line: the desk's request follows its kit from plan to verified. */
	@Test
	void aKitPlannedForARequestCarriesTheRequestToVerifiedWhenItsRunVerifies() throws Exception {
		String name = "current"; // the desk names a site as its file: current.restripe
		String[] at = { "--data", data.toString() };
		assertEquals(0, run("", concat(new String[] { "customer", "add", "acme", "--name", "Acme Freight Ltd.",
				"--region", "EMEA" }, at)), err());
		assertEquals(0, run("", concat(new String[] { "region", "EMEA", "--center", "Amsterdam solutions center" }, at)),
				err());
		java.time.LocalDate today = java.time.LocalDate.now();
		assertEquals(0, run("", concat(new String[] { "contract", "new", "--customer", "acme", "--level", "3", "--start",
				today.minusDays(30).toString(), "--end", today.plusDays(300).toString() }, at)), err());
		assertEquals(0, run("", concat(new String[] { "request", "open", "acme", name, "--summary",
				"se6120 cache write-through" }, at)), out() + err());
		Path desiredFile = dir.resolve("online.restripe");
		Path forRequest = dir.resolve("for-request.kit");
		assertEquals(1, run("", concat(new String[] { "plan", "--current", current.toString(), "--desired",
				desiredFile.toString(), "--kit", forRequest.toString(), "--key-password-file", keyPassword.toString(),
				"--request", "7" }, at)), out() + err());
		assertTrue(err().contains("there is no request 7"), err());
		assertFalse(Files.exists(forRequest), "no kit is written for a request that does not exist");
		assertEquals(0, run("", concat(new String[] { "plan", "--current", current.toString(), "--desired",
				desiredFile.toString(), "--kit", forRequest.toString(), "--key-password-file", keyPassword.toString(),
				"--request", "1" }, at)), out() + err());
		assertTrue(out().contains("Request 1 is now implementation built"), out());

		assertEquals(0, apply(forRequest, "confirm\n"), out() + err());
		assertTrue(out().contains("Request 1 is now connected"), out());
		assertTrue(out().contains("Verified: every array is as designed."), out());
		assertTrue(out().endsWith("Request 1 is now verified\n"), out());
		assertEquals(0, run("", concat(new String[] { "request", "show", "1" }, at)), err());
		assertTrue(out().contains("applied -> verified  by "), out());
		assertTrue(out().contains("applied and verified: every array is as designed"), out());
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	@Test
	void discoverApplyAndVerifyKeepConfigurationVersionsWhenTheDeskHasADatabase() throws Exception {
		String name = "current"; // the desk names the site as its file, current.restripe, as the workbench does
		assertEquals(0, run("", "customer", "list", "--data", data.toString()), err()); // makes the desk's database
		assertEquals(0, run("", "discover", "--site", current.toString(), "--line", line(), "--password-file",
				passwords.toString(), "--data", data.toString()), out() + err());
		assertTrue(out().contains("Kept as version 1 (discovered) of " + name), out());
		assertEquals(0, apply("confirm\n"), out() + err());
		assertTrue(out().contains("Kept as version 2 (applied) of " + name), out());
		assertEquals(0, run("", "verify", kit.toString(), "--current", current.toString(), "--line", line(),
				"--password-file", passwords.toString(), "--data", data.toString()), out() + err());
		assertTrue(out().contains("Kept as version 3 (verified) of " + name), out());
		assertEquals(0, run("", "history", name, "--data", data.toString()), err());
		assertTrue(out().endsWith("3 versions of " + name + "\n"), out());
		assertEquals(1, run("", "diff", name, "1", "3", "--data", data.toString()), err());
		assertTrue(out().contains("se6120:") && out().contains("t3b:"), out());
		assertEquals(0, run("", "diff", name, "2", "3", "--data", data.toString()), out() + err());
	}

	private void theApplyRecordingVerifiesAndAnEditIsCaught() throws Exception {
		Path cast;
		try (var recordings = Files.list(data.resolve("recordings"))) {
			cast = recordings.filter(f -> f.toString().endsWith("-apply.cast")).findFirst().orElseThrow();
		}
		assertEquals(0, run("", "verify-recording", cast.toString()), err());
		assertTrue(out().startsWith(cast.getFileName() + " is intact: "), out());
		java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cast));
		int edited = -1;
		for (int i = 0; i < lines.size() && edited < 0; i++) {
			if (lines.get(i).contains("sys cache writethrough")) {
				lines.set(i, lines.get(i).replace("sys cache writethrough", "sys cache writebehind"));
				edited = i + 1;
			}
		}
		assertTrue(edited > 0, "the recording holds the typed command");
		Files.write(cast, lines);
		assertEquals(1, run("", "verify-recording", cast.toString()));
		assertTrue(err().contains("does not verify: line " + edited + " was changed"), err());
	}

	/** The seed's line: the center's modem on a serial port (a pty opened through jssc) dials back the site. */
	@Test
	void applyOverTheDialbackLineFromTheCentersModemOnASerialPort() throws Exception {
		site.close();
		Path ptys = Files.createDirectory(dir.resolve("ptys"));
		site = new SimulatedSite(DemoSite.create(),
				new SiteOptions(null, ptys, 30_000, ModemTimings.fast(), "secret", "dialme", 0, "public"), line -> { });
		assertEquals(0, run("confirm\n", "apply", onlineKit.toString(), "--current", current.toString(), "--line",
				"dial:" + site.centerModemPty(), "--password-file", passwords.toString(), "--data", data.toString(),
				"--reply-timeout", "10", "--check-every", "100ms"), out() + err());
		assertTrue(out().contains("Verified: every array is as designed."), out());
		assertEquals(CacheMode.WRITETHROUGH, site.array("se6120").unit().getCache().getCacheMode());
		try (var recordings = Files.list(data.resolve("recordings"))) {
			String cast = Files.readString(recordings.filter(f -> f.toString().endsWith(".cast")).findFirst().orElseThrow());
			assertTrue(cast.contains("ATDT15550100"), "the modem dialogue is recorded");
			assertTrue(cast.contains("Password>"), cast);
			assertFalse(cast.contains("dialme"), "the dialback password is never recorded in clear");
		}
	}

	/**
	 * A real terminal server in front of the consoles: Debian's ser2net publishes each array's console pty on a
	 * TCP port of its own (as Cyclades and Opengear do), and the kit runs through those ports.
	 */
	@Test
	void applyThroughSer2netPublishingEachConsoleOnItsOwnPort() throws Exception {
		site.close();
		Path ptys = Files.createDirectory(dir.resolve("ptys"));
		site = new SimulatedSite(DemoSite.create(),
				new SiteOptions(null, ptys, 30_000, ModemTimings.fast(), "secret", "dialme", 0, "public"), line -> { });
		java.util.Map<String, org.restripe.simulator.host.Ser2netConfig.Console> consoles = new java.util.LinkedHashMap<>();
		StringBuilder ports = new StringBuilder();
		for (String array : site.arrays().keySet()) {
			int port = freePort();
			consoles.put(array, new org.restripe.simulator.host.Ser2netConfig.Console(site.consolePty(array).toRealPath(), port));
			ports.append(ports.length() == 0 ? "" : ",").append(array).append('=').append(port);
		}
		Path config = dir.resolve("ser2net.yaml");
		org.restripe.simulator.host.Ser2netConfig.write(config, consoles);
		Process ser2net = new ProcessBuilder("ser2net", "-d", "-u", "-c", config.toString(), "-P",
				dir.resolve("ser2net.pid").toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("ser2net.log").toFile()).start();
		try {
			awaitListening(consoles.values().iterator().next().tcpPort());
			assertEquals(0, run("confirm\n", "apply", onlineKit.toString(), "--current", current.toString(), "--line",
					"ports:127.0.0.1:" + ports, "--password-file", passwords.toString(), "--data", data.toString(),
					"--reply-timeout", "10", "--check-every", "100ms"), out() + err());
			assertTrue(out().contains("Verified: every array is as designed."), out());
			assertEquals(CacheMode.WRITETHROUGH, site.array("se6120").unit().getCache().getCacheMode());
		} finally {
			ser2net.destroy();
			assertTrue(ser2net.waitFor(5, java.util.concurrent.TimeUnit.SECONDS), "ser2net stops on SIGTERM");
		}
	}

	private static int freePort() throws Exception {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** ser2net opens its ports a moment after it starts. */
	private static void awaitListening(int port) throws Exception {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (true) {
			try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
				return;
			} catch (java.io.IOException e) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("ser2net did not listen on " + port, e);
				}
				Thread.sleep(50);
			}
		}
	}

	@Test
	void noConfirmationWithinTheTimeRollsTheChangeBack() {
		assertEquals(1, apply(onlineKit, "", "--confirm-within", "2s"), out() + err());
		assertTrue(out().contains("ROLLED_BACK: The change was rolled back by itself: not confirmed within 2 s."), out());
		assertTrue(out().contains("se6120: as before the run"), out());
		assertEquals(CacheMode.AUTO, site.array("se6120").unit().getCache().getCacheMode());
	}

	@Test
	void arraysChangedSinceTheSiteFileWasTakenAreRefusedAsAStalePlan() throws Exception {
		site.array("t3a").setSystemSetting("cache", "writethrough");
		assertEquals(1, apply("confirm\n"), out() + err());
		assertTrue(err().contains("refused: the arrays are no longer as " + current + " says (stale plan)"), err());
		assertTrue(err().contains("t3a: differs"), err());
		assertEquals(CacheMode.AUTO, site.array("se6120").unit().getCache().getCacheMode(), "nothing was run");
	}

	@Test
	void aPasswordFileOthersCanReadIsRefused() throws Exception {
		Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-r--r--"));
		assertEquals(1, apply("confirm\n"));
		assertTrue(err().contains(passwords + " can be read or written by others (mode rw-r--r--)"), err());
		assertFalse(err().contains("Exception"), err());
	}

	@Test
	void aBadLineIsAClearError() {
		assertEquals(1, run("", "verify", kit.toString(), "--line", "telnet:localhost", "--data", data.toString(),
				"--password-file", passwords.toString()));
		assertTrue(err().contains("'telnet:localhost' must read telnet:HOST:PORT"), err());
	}
}
