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
		String said = plan(current, desired);
		assertTrue(said.startsWith("warning [block-size] sys on t3c: The block size of t3c changes from 64k to 16k, which the"
				+ " array allows only while no volume exists: volume(s) [v0] are removed and rebuilt, and their data is lost."),
				said);
		assertTrue(said.contains("risk: destroys data"), said);
	}

	@Test
	void aRuleWithManyWarningsIsSaidTwentyTimesThenCounted() throws Exception {
		// hosts without HBA WWNs on sliced 6120s: a warning for every one of the site's mappings
		Site site = org.restripe.model.samples.LargeSiteGenerator.withinCatalog(128).generate(42);
		site.getHosts().forEach(host -> host.getHbaWwns().clear());
		Path current = dir.resolve("current.restripe");
		Path desired = dir.resolve("desired.restripe");
		SiteFiles.save(site, current);
		org.restripe.model.Lun halved = site.getSubsystems().get(0).getStorageUnits().get(0).getLuns().get(0);
		halved.setSize(halved.getSize() / 2);
		SiteFiles.save(site, desired);
		String said = plan(current, desired);
		java.util.List<String> lines = said.lines().filter(l -> l.startsWith("warning [hba-wwn]")).toList();
		int all = (int) org.restripe.review.Review.standard().review(SiteFiles.load(current), SiteFiles.load(desired), null)
				.stream()
				.filter(f -> f.ruleId().equals("hba-wwn")).count();
		assertTrue(all > 20, "the site has more HBA WWN warnings than are said one by one: " + all);
		assertEquals(21, lines.size(), said);
		assertEquals("warning [hba-wwn] ... and " + (all - 20) + " more like these (" + all + " in all; restripe review "
				+ desired + " lists them all)", lines.get(20));
	}

	/** restripe plan of the two files with a center key; what it printed, once it succeeded. */
	private String plan(Path current, Path desired) throws Exception {
		Path password = Files.writeString(dir.resolve("key-password"), "center secret\n");
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new RestripeCli().run(new String[] { "plan", "--current", current.toString(), "--desired",
				desired.toString(), "--kit", dir.resolve("k.kit").toString(), "--data", dir.resolve("data").toString(),
				"--key-password-file", password.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		return out.toString(StandardCharsets.UTF_8);
	}
}
