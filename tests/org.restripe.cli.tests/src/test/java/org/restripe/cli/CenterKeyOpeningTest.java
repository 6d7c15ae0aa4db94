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
import org.restripe.model.CacheMode;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/**
 * restripe plan opens the center's key while it loads the sites when the password comes from a file: what the
 * engineer is told stays as if the key were opened after the plan, a refused plan leaves no key behind, and a
 * wrong password is still named.
 */
class CenterKeyOpeningTest {
	@TempDir
	Path dir;
	private Path current;
	private Path password;
	private String err;

	@BeforeEach
	void sites() throws Exception {
		current = dir.resolve("current.restripe");
		SiteFiles.save(DemoSite.create(), current);
		password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void aRefusedPlanSaysItsReasonsEvenWithAWrongKeyPassword() throws Exception {
		assertEquals(0, plan(desired(false), "first.kit"), err);
		Files.writeString(password, "not the center secret\n");
		assertEquals(1, plan(desired(true), "second.kit"));
		assertTrue(err.startsWith("restripe plan: refused"), err);
		assertTrue(err.contains("LUN"), err);
		assertFalse(err.contains("password"), err);
		assertFalse(Files.exists(dir.resolve("second.kit")));
	}

	@Test
	void aRefusedPlanMakesNoKey() throws Exception {
		assertEquals(1, plan(desired(true), "refused.kit"));
		assertTrue(err.contains("LUN"), err);
		assertFalse(Files.exists(dir.resolve("data/keys/center.p12")), "no key made for a refused plan");
	}

	@Test
	void aSoundPlanWithAWrongKeyPasswordNamesThePasswordAndWritesNoKit() throws Exception {
		assertEquals(0, plan(desired(false), "first.kit"), err);
		Files.writeString(password, "not the center secret\n");
		assertEquals(1, plan(desired(false), "second.kit"));
		assertTrue(err.contains("wrong password for the center key"), err);
		assertFalse(Files.exists(dir.resolve("second.kit")));
	}

	/** The demo site with t3d's cache write-behind; with a LUN larger than its volume when {@code refused}. */
	private Path desired(boolean refused) throws Exception {
		Site site = DemoSite.create();
		site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream()).filter(u -> u.getName().equals("t3d"))
				.findFirst().orElseThrow().getCache().setCacheMode(CacheMode.WRITEBEHIND);
		if (refused) {
			site.eAllContents().forEachRemaining(o -> {
				if (o instanceof Lun lun) {
					lun.setSize(1_000_000_000_000_000L);
				}
			});
		}
		Path file = dir.resolve(refused ? "refused.restripe" : "desired.restripe");
		SiteFiles.save(site, file);
		return file;
	}

	private int plan(Path desired, String kit) {
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int exit = new RestripeCli().run(new String[] { "plan", "--current", current.toString(), "--desired",
				desired.toString(), "--kit", dir.resolve(kit).toString(), "--data", dir.resolve("data").toString(),
				"--key-password-file", password.toString() }, new PrintStream(new ByteArrayOutputStream(), true,
						StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
		err = errors.toString(StandardCharsets.UTF_8);
		return exit;
	}
}
