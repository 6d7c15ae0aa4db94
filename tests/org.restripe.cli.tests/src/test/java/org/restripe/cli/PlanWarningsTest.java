package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.BlockSize;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/** restripe plan of a block size change on an array with a volume says that the volume's data is lost. */
class PlanWarningsTest {
	@TempDir
	Path dir;

	@Test
	void aBlockSizeChangeIsPlannedWithTheBlockSizeRulesWarning() throws Exception {
		Path current = dir.resolve("current.restripe");
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(DemoSite.create(), current);
		Site wanted = DemoSite.create();
		wanted.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream()).filter(u -> u.getName().equals("t3c"))
				.findFirst().orElseThrow().getCache().setBlockSize(BlockSize.K16);
		SiteFiles.save(wanted, desired);
		Path password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new RestripeCli().run(new String[] { "plan", "--current", current.toString(), "--desired",
				desired.toString(), "--kit", dir.resolve("k.kit").toString(), "--data", dir.resolve("data").toString(),
				"--key-password-file", password.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		String said = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		assertTrue(said.startsWith("warning [block-size] sys on t3c: The block size of t3c changes from 64k to 16k, which the"
				+ " array allows only while no volume exists: volume(s) [v0] are removed and rebuilt, and their data is lost."),
				said);
		assertTrue(said.contains("risk: destroys data"), said);
	}
}
