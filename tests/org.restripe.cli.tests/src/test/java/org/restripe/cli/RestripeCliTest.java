package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.kit.TrustedKeys;

class RestripeCliTest {
	@TempDir
	Path dir;
	private Path current;
	private Path desired;
	private Path data;
	private Path passwordFile;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void sites() throws Exception {
		current = dir.resolve("current.restripe");
		desired = dir.resolve("desired.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site wanted = DemoSite.create();
		Volume rebuilt = volume(wanted, "t3a", 0);
		rebuilt.setRaidLevel(RaidLevel.RAID1);
		// RAID 1 halves the volume: its LUN shrinks to fit, as the review requires
		((StorageUnit) rebuilt.eContainer()).getLuns().stream().filter(l -> l.getVolume() == rebuilt)
				.forEach(l -> l.setSize(rebuilt.getCapacity()));
		SiteFiles.save(wanted, desired);
		data = dir.resolve("data");
		passwordFile = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
	}

	/** restripe plan as an engineer runs it with this center's data directory and password file. */
	private int plan(Path kit) {
		return run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit", kit.toString(),
				"--data", data.toString(), "--key-password-file", passwordFile.toString());
	}

	private static Volume volume(Site site, String unit, int index) {
		for (Subsystem s : site.getSubsystems()) {
			for (StorageUnit u : s.getStorageUnits()) {
				if (u.getId().equals(unit)) {
					return u.getVolumes().get(index);
				}
			}
		}
		throw new IllegalArgumentException(unit);
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void plansWritesTheSignedKitAndShowsItWithRisks() throws Exception {
		Path kit = dir.resolve("change.kit");
		assertEquals(0, plan(kit), err());
		assertTrue(out().contains("risk: destroys data"), out());
		String fingerprint = TrustedKeys.open(data).list().get(0).fingerprint();
		assertTrue(out().contains("signed by Restripe center ") && out().contains(fingerprint), out());
		assertEquals(0, run("show", kit.toString(), "--current", current.toString(), "--data", data.toString()), err());
		assertTrue(out().contains("Signed by Restripe center ") && out().contains(fingerprint), out());
		assertTrue(out().contains("matches the site's current configuration"), out());
		assertTrue(out().contains("[destroys data]"), out());
		assertTrue(out().contains("remove volume v0"), out());
	}

	@Test
	void aStaleKitIsRefused() throws Exception {
		Path kit = dir.resolve("change.kit");
		assertEquals(0, plan(kit), err());
		Site changed = SiteFiles.load(current);
		((Lun) volume(changed, "t3b", 0).eContainer().eContents().stream().filter(Lun.class::isInstance).findFirst()
				.orElseThrow()).setSize(7);
		Path changedFile = dir.resolve("changed.restripe");
		SiteFiles.save(changed, changedFile);
		assertEquals(1, run("show", kit.toString(), "--current", changedFile.toString(), "--data", data.toString()));
		assertTrue(err().contains("stale kit"), err());
	}

	@Test
	void reviewsASite() {
		assertEquals(0, run("review", current.toString()), out());
		assertTrue(out().contains(" errors"), out());
	}

	@Test
	void badInputGetsAClearErrorAndNoStackTrace() throws Exception {
		assertEquals(1, run("review", dir.resolve("missing.restripe").toString()));
		assertTrue(err().contains("no such file"), err());
		Path corrupt = Files.writeString(dir.resolve("corrupt.restripe"), "<?xml version=\"1.0\"?><restripe:Site");
		assertEquals(1, run("plan", "--current", corrupt.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("k.kit").toString(), "--data", data.toString()));
		assertTrue(err().contains("corrupt"), err());
		assertEquals(1, run("show", corrupt.toString(), "--data", data.toString()));
		assertTrue(err().contains("not a kit"), err());
		assertEquals(2, run("plan", "--current", current.toString()));
		assertTrue(err().contains("Missing required options: '--desired=B.restripe'"), err());
		assertEquals(2, run("frobnicate"));
		assertTrue(!err().contains("Exception"), err());
	}

	@Test
	void aChangeTheArraysCannotMakeIsRefusedWithTheReason() throws Exception {
		Site wanted = SiteFiles.load(desired);
		volume(wanted, "t3a", 0).getDataDisks().get(0).setSize(1);
		SiteFiles.save(wanted, desired);
		assertEquals(1, plan(dir.resolve("k.kit")));
		assertTrue(err().contains("refused") && err().contains("changes size"), err());
	}

	@Test
	void showRefusesAKitWhoseScriptWasChangedAndItsManifestRecomputed() throws Exception {
		Path kit = dir.resolve("change.kit");
		assertEquals(0, plan(kit), err());
		Map<String, byte[]> parts = KitTampering.parts(kit);
		String script = new String(parts.get("scripts/t3a.txt"), StandardCharsets.UTF_8);
		assertTrue(script.contains("> vol remove v0"), script);
		parts.put("scripts/t3a.txt", script.replace("> vol remove v0", "> vol remove v1").getBytes(StandardCharsets.UTF_8));
		KitTampering.recomputeManifest(parts, "scripts/t3a.txt");
		Path forged = KitTampering.write(parts, dir.resolve("forged.kit"));
		assertEquals(1, run("show", forged.toString(), "--current", current.toString(), "--data", data.toString()));
		assertTrue(err().contains("bad signature") && err().contains("altered after it was signed"), err());
		assertFalse(out().contains("Plan:"), "nothing of the forged kit is shown: " + out());
		assertFalse(err().contains("Exception"), err());
	}

	@Test
	void anotherWorkbenchShowsTheKitOnlyOnceItTrustsTheCenter() throws Exception {
		Path kit = dir.resolve("change.kit");
		assertEquals(0, plan(kit), err());
		Path other = dir.resolve("other-data");
		assertEquals(1, run("show", kit.toString(), "--data", other.toString()));
		String center = Files.readString(data.resolve("keys/center.pub")).strip();
		String fingerprint = TrustedKeys.fingerprint(center);
		assertTrue(err().contains("signed by Restripe center ") && err().contains(fingerprint)
				&& err().contains("does not trust"), err());
		TrustedKeys.open(other).trust(center);
		assertEquals(0, run("show", kit.toString(), "--data", other.toString()), err());
		assertTrue(out().contains("Signed by Restripe center ") && out().contains("[destroys data]"), out());
	}

	@Test
	void aKeyPasswordFileOthersCanReadIsRefusedNamingItsMode() throws Exception {
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
		Path kit = dir.resolve("change.kit");
		assertEquals(1, plan(kit));
		assertTrue(err().contains(passwordFile + " is readable by group or others (mode rw-r--r--)"), err());
		assertFalse(Files.exists(kit), "no kit without the center's signature");
		assertFalse(Files.exists(data.resolve("keys/center.p12")), "no key made with a password others can read");
	}

	@Test
	void aWrongKeyPasswordIsSaidSo() throws Exception {
		assertEquals(0, plan(dir.resolve("first.kit")), err());
		Files.writeString(passwordFile, "not the center secret\n");
		assertEquals(1, plan(dir.resolve("second.kit")));
		assertTrue(err().contains("wrong password"), err());
	}

	@Test
	void withoutAPasswordFileAndWithoutATerminalTheErrorSaysWhatToGive() throws Exception {
		IOException e = assertThrows(IOException.class, () -> CenterKeyOptions.fromConsole(null, true));
		assertTrue(e.getMessage().contains("no terminal") && e.getMessage().contains("--key-password-file"),
				e.getMessage());
	}

	@Test
	void theDataDirectoryIsTheHomesRestripeFolderUnlessGiven() throws Exception {
		String home = System.getProperty("user.home");
		Path fakeHome = Files.createDirectory(dir.resolve("home"));
		System.setProperty("user.home", fakeHome.toString());
		try {
			Path kit = dir.resolve("change.kit");
			assertEquals(0, run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
					kit.toString(), "--key-password-file", passwordFile.toString()), err());
			assertTrue(Files.exists(fakeHome.resolve(".restripe/keys/center.p12")));
			assertEquals(0, run("show", kit.toString()), err());
		} finally {
			System.setProperty("user.home", home);
		}
	}
}
