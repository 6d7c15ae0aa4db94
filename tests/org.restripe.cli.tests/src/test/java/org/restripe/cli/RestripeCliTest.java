package org.restripe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

class RestripeCliTest {
	@TempDir
	Path dir;
	private Path current;
	private Path desired;
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
	void plansWritesTheKitAndShowsItWithRisks() {
		String kit = dir.resolve("change.kit").toString();
		assertEquals(0, run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit", kit), err());
		assertTrue(out().contains("risk: destroys data"), out());
		assertEquals(0, run("show", kit, "--current", current.toString()), err());
		assertTrue(out().contains("matches the site's current configuration"), out());
		assertTrue(out().contains("[destroys data]"), out());
		assertTrue(out().contains("remove volume v0"), out());
	}

	@Test
	void aStaleKitIsRefused() throws Exception {
		String kit = dir.resolve("change.kit").toString();
		assertEquals(0, run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit", kit));
		Site changed = SiteFiles.load(current);
		((Lun) volume(changed, "t3b", 0).eContainer().eContents().stream().filter(Lun.class::isInstance).findFirst()
				.orElseThrow()).setSize(7);
		Path changedFile = dir.resolve("changed.restripe");
		SiteFiles.save(changed, changedFile);
		assertEquals(1, run("show", kit, "--current", changedFile.toString()));
		assertTrue(err().contains("stale kit"), err());
	}

	@Test
	void reviewsASite() {
		int code = run("review", current.toString());
		assertTrue(out().contains("findings"), out());
		assertTrue(code == 0 || code == 1);
	}

	@Test
	void badInputGetsAClearErrorAndNoStackTrace() throws Exception {
		assertEquals(1, run("review", dir.resolve("missing.restripe").toString()));
		assertTrue(err().contains("no such file"), err());
		Path corrupt = Files.writeString(dir.resolve("corrupt.restripe"), "<?xml version=\"1.0\"?><restripe:Site");
		assertEquals(1, run("plan", "--current", corrupt.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("k.kit").toString()));
		assertTrue(err().contains("corrupt"), err());
		assertEquals(1, run("show", corrupt.toString()));
		assertTrue(err().contains("not a kit"), err());
		assertEquals(2, run("plan", "--current", current.toString()));
		assertTrue(err().contains("--desired is required"), err());
		assertEquals(2, run("frobnicate"));
		assertTrue(!err().contains("Exception"), err());
	}

	@Test
	void aChangeTheArraysCannotMakeIsRefusedWithTheReason() throws Exception {
		Site wanted = SiteFiles.load(desired);
		volume(wanted, "t3a", 0).getDataDisks().get(0).setSize(1);
		SiteFiles.save(wanted, desired);
		assertEquals(1, run("plan", "--current", current.toString(), "--desired", desired.toString(), "--kit",
				dir.resolve("k.kit").toString()));
		assertTrue(err().contains("refused") && err().contains("changes size"), err());
	}
}
