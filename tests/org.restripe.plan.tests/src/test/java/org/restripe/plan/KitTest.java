package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.Volume;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.StaleKitException;

class KitTest {
	@TempDir
	Path dir;

	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);
	private final DriverRegistry drivers = DriverRegistry.fromServiceLoader(getClass().getClassLoader());

	private Path kit() throws Exception {
		Sites.changeRaidLevel(Sites.find(desired, "t3a-v0", Volume.class), RaidLevel.RAID1);
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		Path file = dir.resolve("change.kit");
		Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), drivers);
		return file;
	}

	@Test
	void holdsThePlanScriptsRollbacksDesiredSiteAndManifest() throws Exception {
		Kit kit = Kit.read(kit());
		assertTrue(kit.partNames().containsAll(java.util.List.of("plan.json", "scripts/t3a.txt", "rollback/t3a.txt",
				"scripts/se6120.txt", "desired.restripe", "manifest.txt")), kit.partNames().toString());
		String script = kit.text("scripts/t3a.txt");
		assertTrue(script.contains("> vol remove v0"), script);
		assertTrue(script.contains("> vol add v0 data u1d1-8 raid 1 standby u1d9"), script);
		assertTrue(script.contains("? Continue ? [N]: => Y"), script);
		assertTrue(script.contains("! STOP: confirm that a verified backup"), script);
		String rollback = kit.text("rollback/t3a.txt");
		assertTrue(rollback.contains("# no rollback: data destroyed"), rollback);
		assertEquals(64, kit.manifest().partHashes().get("plan.json").length());
	}

	@Test
	void thePlanAndTheDesiredSiteReadBackAsTheyWere() throws Exception {
		Kit kit = Kit.read(kit());
		Plan original = new Planner().plan(current, desired);
		Plan read = kit.plan();
		assertEquals(original.steps().stream().map(PlannedStep::toString).toList(),
				read.steps().stream().map(PlannedStep::toString).toList());
		assertEquals(original.steps().get(5).prerequisiteNumbers(), read.steps().get(5).prerequisiteNumbers());
		assertEquals(StorageConfiguration.of(desired), StorageConfiguration.of(kit.desired()));
		PlanProof.prove(current, read, kit.desired());
	}

	@Test
	void aKitRunsOnlyOnTheConfigurationItWasComputedFrom() throws Exception {
		Kit kit = Kit.read(kit());
		kit.checkFresh(Sites.copy(current));
		Site changedSince = Sites.copy(current);
		Sites.find(changedSince, "t3b-lun0", Lun.class).setSize(5);
		StaleKitException e = assertThrows(StaleKitException.class, () -> kit.checkFresh(changedSince));
		assertTrue(e.getMessage().startsWith("stale kit"), e.getMessage());
	}

	@Test
	void anAlteredPartIsRefused() throws Exception {
		Path file = kit();
		Path altered = dir.resolve("altered.kit");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(e.getName().equals("scripts/t3a.txt") ? "> vol remove v1\n".getBytes() : bytes);
			}
		}
		KitException e = assertThrows(KitException.class, () -> Kit.read(altered));
		assertTrue(e.getMessage().contains("scripts/t3a.txt was altered"), e.getMessage());
	}

	@Test
	void somethingElseIsNotTakenForAKit() throws IOException {
		Path text = Files.writeString(dir.resolve("notes.kit"), "not a zip");
		assertTrue(assertThrows(KitException.class, () -> Kit.read(text)).getMessage().contains("not a kit"));
		assertTrue(assertThrows(KitException.class, () -> Kit.read(dir.resolve("missing.kit"))).getMessage()
				.contains("no such kit file"));
	}
}
