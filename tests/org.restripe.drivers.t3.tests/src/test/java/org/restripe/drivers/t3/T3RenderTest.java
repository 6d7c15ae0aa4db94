package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;

class T3RenderTest {
	private final T3Driver driver = new T3Driver();

	private static final Map<String, String> V0 = Map.of("name", "v0", "raid", "5", "dataNames",
			"u1d1,u1d2,u1d3,u1d4,u1d5,u1d6,u1d7,u1d8", "standbyName", "u1d9");

	private static Step step(Operation op, Map<String, String> before, Map<String, String> after) {
		return new Step(op, "t3b", "t3b", "t3b-v0", "v0", before, after);
	}

	@Test
	void addsAVolumeInTheManualsSyntaxAndItsFactoryLayoutChecksAgainstRealOutput() {
		RenderedStep add = driver.render(step(Operation.ADD_VOLUME, Map.of(), V0));
		assertEquals("vol add v0 data u1d1-8 raid 5 standby u1d9", add.commands().get(0).text());
		assertTrue(add.check().passes(Fixtures.text("t3b-vol-list.txt")));
		assertEquals("vol remove v0", add.rollback().commands().get(0).text());
	}

	@Test
	void initialisationAnswersItsQuestion() {
		RenderedStep init = driver.render(step(Operation.INIT_VOLUME, Map.of(), V0));
		assertEquals("vol init v0 data", init.commands().get(0).text());
		assertEquals("Continue ? [N]:", init.commands().get(0).answers().get(0).prompt());
		assertEquals("Y", init.commands().get(0).answers().get(0).answer());
	}

	@Test
	void mountIsProvedByVolStatAndUndoneByUnmount() {
		RenderedStep mount = driver.render(step(Operation.MOUNT_VOLUME, Map.of(), V0));
		assertEquals("vol mount v0", mount.commands().get(0).text());
		assertTrue(mount.check().passes(Fixtures.text("t3b-vol-stat.txt")));
		assertFalse(mount.check().passes(Fixtures.text("6120-vol-stat.txt").replace("\nmounted", "\nunmounted")));
		assertEquals("vol unmount v0", mount.rollback().commands().get(0).text());
	}

	@Test
	void removingAVolumeSaysThereIsNoWayBack() {
		RenderedStep remove = driver.render(step(Operation.REMOVE_VOLUME, V0, Map.of()));
		assertEquals("vol remove v0", remove.commands().get(0).text());
		assertFalse(remove.rollback().exists());
		assertEquals(Rollback.DATA_DESTROYED, remove.rollback().note());
		assertFalse(remove.check().passes(Fixtures.text("t3b-vol-list.txt")));
	}

	@Test
	void settingsAreCheckedInSysListAndSetBack() {
		RenderedStep block = driver.render(new Step(Operation.SET_BLOCK_SIZE, "a1", "a1", "a1-sys", "sys",
				Map.of("value", "64k"), Map.of("value", "32k")));
		assertEquals("sys blocksize 32k", block.commands().get(0).text());
		assertTrue(block.check().passes(Fixtures.text("6120-sys-list.txt")));
		assertEquals("sys blocksize 64k", block.rollback().commands().get(0).text());
		RenderedStep cache = driver.render(new Step(Operation.SET_SYSTEM, "a1", "a1", "a1-sys", "sys",
				Map.of("setting", "cache", "value", "auto"), Map.of("setting", "cache", "value", "writebehind")));
		assertEquals("sys cache writebehind", cache.commands().get(0).text());
		assertTrue(cache.check().passes(Fixtures.text("6120-sys-list.txt")));
	}

	@Test
	void slicesAndMappingsUseTheSliceCommandsOnlyWhenSlicingIsOn() {
		Map<String, String> lun = Map.of("name", "v0l3", "volumeName", "v0", "size", "10000000000", "slicing", "true");
		RenderedStep create = driver.render(new Step(Operation.CREATE_LUN, "a1", "a1", "a1-v0l3", "v0l3", Map.of(), lun));
		assertEquals("volslice create v0l3 -z 10000MB v0", create.commands().get(0).text());
		Map<String, String> plain = Map.of("name", "v0", "volumeName", "v0", "size", "1", "slicing", "false");
		assertTrue(driver.render(new Step(Operation.CREATE_LUN, "t3b", "t3b", "x", "v0", Map.of(), plain)).commands()
				.isEmpty());
		RenderedStep map = driver.render(new Step(Operation.MAP_LUN, "a1", "a1", "m", "", Map.of(),
				Map.of("lunNumber", "4", "lunName", "v0l3")));
		assertEquals("lun map add lun 4 slice v0l3", map.commands().get(0).text());
		assertEquals("lun map rm lun 4", map.rollback().commands().get(0).text());
	}

	@Test
	void hardwareStepsAreInstructionsForTheSite() {
		RenderedStep tray = driver.render(new Step(Operation.ADD_TRAY, "a1", "a1", "a1-u2", "u2", Map.of(),
				Map.of("disks", "a:u2d01:1:1;b:u2d02:2:1", "firstDisk", "u2d01")));
		assertTrue(tray.commands().isEmpty());
		assertTrue(tray.instruction().startsWith("SITE VISIT"));
		assertEquals("fru list", tray.check().command());
	}

	@Test
	void refusesMainframeStepsWithTheReason() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> driver
				.render(new Step(Operation.ADD_CKD_DEVICE, "a1", "a1", "c", "0A00", Map.of(), Map.of())));
		assertTrue(e.getMessage().contains("CKD"));
	}

	@Test
	void theSpellingTableIsTheOnlyPlaceWithUnverifiedSyntaxAndSaysWhichAre() {
		assertTrue(T3Spelling.VOL_STAT.verified());
		assertTrue(T3Spelling.VOL_STAT.source().contains("819-6613"), T3Spelling.VOL_STAT.source());
		assertFalse(T3Spelling.SYS_BLOCKSIZE.verified());
		assertFalse(T3Spelling.VOL_ADD.verified(), "no public screen of vol add was found");
		for (T3Spelling s : T3Spelling.values()) {
			assertEquals(s.verified(), s.source() != null && !s.source().isBlank(), s + " names its source");
		}
		assertTrue(Arrays.stream(T3Spelling.values()).anyMatch(s -> !s.verified()));
		assertThrows(IllegalStateException.class, () -> T3Spelling.VOL_ADD.with("name", "v0"));
	}
}
