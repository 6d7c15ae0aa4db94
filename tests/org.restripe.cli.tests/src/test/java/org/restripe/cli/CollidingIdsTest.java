package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/**
 * A site file that gives one id to two elements, edited by hand as an engineer might: review and plan name
 * the ids and the elements, never a Java cast or index error.
 */
class CollidingIdsTest {
	private static final String LUN = "<luns id=\"t3a-lun0\" name=\"lun0\"";
	private static final String MAPPING = "lun=\"t3a-lun0\"";

	@TempDir
	Path dir;
	private Path demo;
	private Path passwordFile;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void sites() throws Exception {
		demo = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), demo);
		passwordFile = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
	}

	/** The demo site with t3a's LUN given its volume's id (and the LUN's mapping following it). */
	private Path lunWithTheVolumesId() throws Exception {
		String xmi = Files.readString(demo);
		assertTrue(xmi.contains(LUN) && xmi.contains(MAPPING), "the demo site file spells its LUN as this test edits it");
		return Files.writeString(dir.resolve("collide.restripe"),
				xmi.replace(LUN, "<luns id=\"t3a-v0\" name=\"lun0\"").replace(MAPPING, "lun=\"t3a-v0\""));
	}

	/** The demo site with t3b's tray given t3a's tray's id: it loads, nothing refers to trays. */
	private Path trayWithAnotherTraysId() throws Exception {
		String xmi = Files.readString(demo);
		return Files.writeString(dir.resolve("trays.restripe"),
				xmi.replace("<trays id=\"t3b-u1\"", "<trays id=\"t3a-u1\""));
	}

	@Test
	void reviewNamesTheIdAndBothElements() throws Exception {
		Path collide = lunWithTheVolumesId();
		assertEquals(1, run("review", collide.toString()));
		assertCollisionNamed();
	}

	@Test
	void planNamesTheIdWhicheverSideHasIt() throws Exception {
		Path collide = lunWithTheVolumesId();
		assertEquals(1, plan(demo, collide));
		assertCollisionNamed();
		assertEquals(1, plan(collide, demo));
		assertCollisionNamed();
	}

	@Test
	void aCurrentSiteWithOneIdOnTwoTraysIsRefusedForItsIdsAlone() throws Exception {
		Path trays = trayWithAnotherTraysId();
		assertEquals(1, plan(trays, demo));
		assertEquals("restripe plan: refused\n  the current configuration's ids are ambiguous [duplicate-id] t3a-u1: Id"
				+ " 't3a-u1' is used by both u1 on t3a and u1 on t3b.\n", err());
		assertEquals(1, plan(demo, trays));
		assertTrue(err().startsWith("restripe plan: refused\n  the desired configuration's ids are ambiguous [duplicate-id]"
				+ " t3a-u1: "), err());
		assertFalse(err().contains("taken away"), "no change guessed from ids that pair wrongly: " + err());
	}

	private void assertCollisionNamed() {
		String said = err();
		assertTrue(said.contains("the id 't3a-v0' is given to both volume v0 (line ") && said.contains(") and lun lun0 (line "),
				said);
		assertTrue(said.contains("give each element an id of its own"), said);
		assertFalse(said.contains("Exception") || said.contains("cannot be cast") || said.contains("Impl"), said);
		assertEquals(1, said.lines().count(), said);
	}

	private int plan(Path current, Path desired) {
		return run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("change.kit").toString(), "--data", dir.resolve("data").toString(), "--key-password-file",
				passwordFile.toString());
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new RestripeCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
