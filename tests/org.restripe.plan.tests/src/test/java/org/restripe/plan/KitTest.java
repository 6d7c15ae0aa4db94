package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.Volume;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.StaleKitException;
import org.restripe.plan.kit.TrustedKeys;

class KitTest {
	@TempDir
	Path dir;

	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);
	private final DriverRegistry drivers = DriverRegistry.fromServiceLoader(getClass().getClassLoader());
	private Path north;
	private CenterKey northKey;

	@BeforeEach
	void center() throws KitException {
		north = dir.resolve("north-data");
		northKey = CenterKey.open(north, "Restripe center North", creating -> "north secret".toCharArray());
	}

	private Path kit() throws Exception {
		Sites.changeRaidLevel(Sites.find(desired, "t3a-v0", Volume.class), RaidLevel.RAID1);
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		Path file = dir.resolve("change.kit");
		Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), drivers, northKey);
		return file;
	}

	private Kit readAtNorth(Path kit) throws KitException {
		return Kit.read(kit, TrustedKeys.open(north));
	}

	private String refusalAtNorth(Path kit) {
		return assertThrows(KitException.class, () -> readAtNorth(kit)).getMessage();
	}

	@Test
	void holdsThePlanScriptsRollbacksDesiredSiteManifestAndSignature() throws Exception {
		Kit kit = readAtNorth(kit());
		assertTrue(kit.partNames().containsAll(List.of("plan.json", "scripts/t3a.txt", "rollback/t3a.txt",
				"scripts/se6120.txt", "desired.restripe", "manifest.txt", "signature.txt")), kit.partNames().toString());
		String script = kit.text("scripts/t3a.txt");
		assertTrue(script.contains("> vol remove v0"), script);
		assertTrue(script.contains("> vol add v0 data u1d1-8 raid 1 standby u1d9"), script);
		assertTrue(script.contains("? Continue ? [N]: => Y"), script);
		assertTrue(script.contains("! STOP: confirm that a verified backup"), script);
		String rollback = kit.text("rollback/t3a.txt");
		assertTrue(rollback.contains("# no rollback: data destroyed"), rollback);
		assertEquals(64, kit.manifest().partHashes().get("plan.json").length());
		assertEquals("Restripe center North", kit.signer().name());
		assertEquals(northKey.fingerprint(), kit.signer().fingerprint());
	}

	@Test
	void thePlanAndTheDesiredSiteReadBackAsTheyWere() throws Exception {
		Kit kit = readAtNorth(kit());
		Plan original = new Planner().plan(current, desired);
		Plan read = kit.plan();
		assertEquals(original.steps().stream().map(PlannedStep::toString).toList(),
				read.steps().stream().map(PlannedStep::toString).toList());
		assertEquals(original.steps().get(5).prerequisiteNumbers(), read.steps().get(5).prerequisiteNumbers());
		assertEquals(StorageConfiguration.of(desired), StorageConfiguration.of(kit.desired()));
		PlanProof.prove(current, read, kit.desired());
	}

	@Test
	void theKitCarriesTheDesignAsItsSiteFileAndLeavesTheSiteInIt() throws Exception {
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		Path designFile = dir.resolve("design.restripe");
		org.restripe.model.persist.SiteFiles.save(Sites.copy(desired), designFile);
		Site loaded = org.restripe.model.persist.SiteFiles.load(designFile);
		var resource = loaded.eResource();
		Path file = dir.resolve("design.kit");
		Kit.write(file, current, loaded, PlanProof.provenPlan(current, loaded), drivers, northKey);

		assertEquals(Files.readString(designFile), readAtNorth(file).text(Kit.DESIRED));
		assertTrue(resource == loaded.eResource() && resource.getContents().get(0) == loaded,
				"the design stays in its own resource");
		// a design built in memory (no resource of its own) is written the same way
		Path inMemory = dir.resolve("memory.kit");
		Kit.write(inMemory, current, desired, PlanProof.provenPlan(current, desired), drivers, northKey);
		assertEquals(Files.readString(designFile), readAtNorth(inMemory).text(Kit.DESIRED));
		assertEquals(null, desired.eResource());
	}

	@Test
	void aKitRunsOnlyOnTheConfigurationItWasComputedFrom() throws Exception {
		Kit kit = readAtNorth(kit());
		kit.checkFresh(Sites.copy(current));
		Site changedSince = Sites.copy(current);
		Sites.find(changedSince, "t3b-lun0", Lun.class).setSize(5);
		StaleKitException e = assertThrows(StaleKitException.class, () -> kit.checkFresh(changedSince));
		assertTrue(e.getMessage().startsWith("stale kit"), e.getMessage());
	}

	@Test
	void anotherWorkbenchThatTrustsTheCenterAcceptsItsKitAndNamesTheSigner() throws Exception {
		Path file = kit();
		Path south = dir.resolve("south-data");
		CenterKey.open(south, "Restripe center South", creating -> "south secret".toCharArray());
		TrustedKeys southTrusts = TrustedKeys.open(south);
		southTrusts.trust(Files.readString(CenterKey.publicKeyFile(north)));
		Kit kit = Kit.read(file, TrustedKeys.open(south));
		assertEquals("Restripe center North", kit.signer().name());
		assertEquals(northKey.fingerprint(), kit.signer().fingerprint());
		assertTrue(kit.text("scripts/t3a.txt").contains("> vol remove v0"));
	}

	@Test
	void aWorkbenchThatDoesNotTrustTheCenterRefusesItsKitNamingTheSigner() throws Exception {
		Path file = kit();
		Path south = dir.resolve("south-data");
		CenterKey.open(south, "Restripe center South", creating -> "south secret".toCharArray());
		KitException e = assertThrows(KitException.class, () -> Kit.read(file, TrustedKeys.open(south)));
		assertTrue(e.getMessage().contains("signed by Restripe center North"), e.getMessage());
		assertTrue(e.getMessage().contains(northKey.fingerprint()), e.getMessage());
		assertTrue(e.getMessage().contains("does not trust"), e.getMessage());
	}

	@Test
	void anUnsignedKitIsRefused() throws Exception {
		Path unsigned = KitZips.altered(kit(), "unsigned.kit", parts -> parts.remove("signature.txt"));
		String message = refusalAtNorth(unsigned);
		assertTrue(message.startsWith("unsigned kit: "), message);
	}

	@Test
	void aScriptLineChangedWithTheManifestRecomputedIsRefused() throws Exception {
		Path forged = KitZips.altered(kit(), "forged.kit", parts -> {
			KitZips.put(parts, "scripts/t3a.txt",
					KitZips.text(parts, "scripts/t3a.txt").replace("> vol remove v0", "> vol remove v1"));
			KitZips.recomputeManifest(parts, "scripts/t3a.txt");
		});
		assertTrue(KitZips.text(KitZips.parts(forged), "scripts/t3a.txt").contains("> vol remove v1"));
		String message = refusalAtNorth(forged);
		assertTrue(message.startsWith("bad signature: "), message);
		assertTrue(message.contains("manifest.txt does not match the signature of Restripe center North"), message);
	}

	@Test
	void anAlteredSignatureIsRefused() throws Exception {
		Path altered = KitZips.altered(kit(), "resigned.kit", parts -> {
			String text = KitZips.text(parts, "signature.txt");
			int at = text.indexOf("signature ", text.indexOf("fingerprint")) + "signature ".length() + 5;
			char flipped = text.charAt(at) == 'A' ? 'B' : 'A';
			KitZips.put(parts, "signature.txt", text.substring(0, at) + flipped + text.substring(at + 1));
		});
		String message = refusalAtNorth(altered);
		assertTrue(message.startsWith("bad signature: "), message);
	}

	@Test
	void anAlteredManifestIsRefused() throws Exception {
		Path altered = KitZips.altered(kit(), "manifest.kit", parts -> {
			String manifest = KitZips.text(parts, "manifest.txt");
			String from = manifest.lines().filter(l -> l.startsWith("current-configuration ")).findFirst().orElseThrow();
			KitZips.put(parts, "manifest.txt", manifest.replace(from, "current-configuration " + "0".repeat(64)));
		});
		String message = refusalAtNorth(altered);
		assertTrue(message.contains("manifest.txt does not match the signature"), message);
	}

	@Test
	void aSignatureMovedOntoAnotherTrustedCentersKeyIsRefused() throws Exception {
		Path south = dir.resolve("south-data");
		CenterKey southKey = CenterKey.open(south, "Restripe center South", creating -> "south secret".toCharArray());
		TrustedKeys.open(north).trust(southKey.publicKey().line());
		Path altered = KitZips.altered(kit(), "moved.kit", parts -> KitZips.put(parts, "signature.txt",
				KitZips.text(parts, "signature.txt").replace(northKey.publicKey().line(), southKey.publicKey().line())
						.replace(northKey.fingerprint(), southKey.fingerprint())));
		String message = refusalAtNorth(altered);
		assertTrue(message.contains("does not match the signature of Restripe center South"), message);
	}

	@Test
	void anAlteredPartIsRefusedNamingIt() throws Exception {
		Path altered = KitZips.altered(kit(), "altered.kit",
				parts -> KitZips.put(parts, "scripts/t3a.txt", "> vol remove v1\n"));
		String message = refusalAtNorth(altered);
		assertTrue(message.contains("scripts/t3a.txt was altered"), message);
	}

	@Test
	void aPartTheManifestDoesNotListIsRefused() throws Exception {
		Path extra = KitZips.altered(kit(), "extra.kit",
				parts -> KitZips.put(parts, "scripts/t3c.txt", "> vol remove v0\n"));
		String message = refusalAtNorth(extra);
		assertTrue(message.contains("holds scripts/t3c.txt, which its manifest does not list"), message);
	}

	@Test
	void aPartTwiceInTheZipIsRefused() throws Exception {
		// java.util.zip will not write a name twice: write a look-alike name, then make it the same in the bytes
		Path lookAlike = KitZips.altered(kit(), "look-alike.kit",
				parts -> KitZips.put(parts, "scripts/t3a.tx#", "> vol remove v1\n"));
		String zip = new String(Files.readAllBytes(lookAlike), StandardCharsets.ISO_8859_1);
		Path doubled = Files.write(dir.resolve("doubled.kit"),
				zip.replace("scripts/t3a.tx#", "scripts/t3a.txt").getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(2, KitZips.names(doubled).stream().filter("scripts/t3a.txt"::equals).count());
		String message = refusalAtNorth(doubled);
		assertTrue(message.contains("holds scripts/t3a.txt twice"), message);
	}

	@Test
	void somethingElseIsNotTakenForAKit() throws IOException, KitException {
		TrustedKeys trusted = TrustedKeys.open(north);
		Path text = Files.writeString(dir.resolve("notes.kit"), "not a zip");
		assertTrue(assertThrows(KitException.class, () -> Kit.read(text, trusted)).getMessage().contains("not a kit"));
		assertTrue(assertThrows(KitException.class, () -> Kit.read(dir.resolve("missing.kit"), trusted)).getMessage()
				.contains("no such kit file"));
	}
}
