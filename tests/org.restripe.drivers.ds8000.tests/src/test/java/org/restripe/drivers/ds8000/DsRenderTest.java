package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Rollback;
import org.restripe.drivers.api.Step;

/** The DS CLI lines, checks and ways back of the steps a CKD type change and a channel addition take. */
class DsRenderTest {
	private final DsCliDriver driver = new DsCliDriver();

	@Test
	void aNewDeviceIsMadeInItsPoolWithTheModelsCylinders() {
		RenderedStep r = driver.render(ckd(Operation.ADD_CKD_DEVICE, Map.of(), device("3390-9", "0A02")));
		assertEquals(List.of("mkckdvol -extpool P0 -datatype 3390 -cap 10017 -name PRD002 0A02"), lines(r.commands()));
		assertTrue(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt") + "PRD002  0A02 Online   Normal    Normal      3390-9"
				+ "    CKD Base  -        P0      10017\n"));
		assertFalse(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt")), "lsckdvol without 0A02 fails the check");
		assertEquals(List.of("rmckdvol -quiet 0A02"), lines(r.rollback().commands()));
	}

	@Test
	void growthInTheFamilyIsDynamicVolumeExpansion() {
		RenderedStep r = driver.render(ckd(Operation.EXPAND_CKD_DEVICE, device("3390-3", "0A00"), device("3390-9", "0A00")));
		assertEquals(List.of("chckdvol -cap 10017 -quiet 0A00"), lines(r.commands()));
		assertFalse(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt")), "0A00 still at 3339 cylinders fails");
		assertTrue(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt").replaceFirst("3390-3(.*)3339", "3390-9$110017")));
		assertFalse(r.rollback().exists(), "a volume cannot shrink back");
	}

	@Test
	void aShrinkOrAnotherFamilyIsNoExpansion() {
		IllegalArgumentException shrink = assertThrows(IllegalArgumentException.class, () -> driver
				.render(ckd(Operation.EXPAND_CKD_DEVICE, device("3390-9", "0A00"), device("3390-3", "0A00"))));
		assertTrue(shrink.getMessage().contains("must be removed and made again"), shrink.getMessage());
		assertThrows(IllegalArgumentException.class, () -> driver
				.render(ckd(Operation.EXPAND_CKD_DEVICE, device("3380-K", "0A00"), device("3390-9", "0A00"))));
	}

	@Test
	void removalDestroysTheData() {
		RenderedStep r = driver.render(ckd(Operation.REMOVE_CKD_DEVICE, device("3390-3", "0A01"), Map.of()));
		assertEquals(List.of("rmckdvol -quiet 0A01"), lines(r.commands()));
		assertTrue(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt").replace("0A01", "0A02")));
		assertFalse(r.check().passes(Fixtures.text("ds8a-lsckdvol.txt")));
		assertEquals(Rollback.DATA_DESTROYED, r.rollback().note());
	}

	@Test
	void theOperatorsVaryTheDeviceOnEveryHostThatSeesIt() {
		Map<String, String> vary = Map.of("deviceNumber", "0A00", "deviceType", "3390-3", "hosts", "mvs1,mvs2");
		RenderedStep off = driver.render(ckd(Operation.VARY_CKD_OFFLINE, vary, Map.of()));
		assertTrue(off.commands().isEmpty());
		assertTrue(off.instruction().contains("V 0A00,OFFLINE") && off.instruction().contains("mvs1, mvs2"),
				off.instruction());
		RenderedStep on = driver.render(ckd(Operation.VARY_CKD_ONLINE, Map.of(), vary));
		assertTrue(on.instruction().contains("V 0A00,ONLINE"), on.instruction());
	}

	@Test
	void aFiconChannelIsCabledThenItsPortSetToFicon() {
		Step step = new Step(Operation.ADD_PORT, "ds8a", "ds8a", "ds8a-I0032", "I0032", Map.of(),
				Map.of("name", "I0032", "kind", "ficon", "hostName", "mvs1"));
		RenderedStep r = driver.render(step);
		assertTrue(r.instruction().startsWith("SITE VISIT: cable I/O port I0032 of ds8a to the FICON channel of host mvs1"),
				r.instruction());
		assertEquals(List.of("setioport -topology ficon I0032"), lines(r.commands()));
		assertFalse(r.check().passes(Fixtures.text("ds8a-lsioport.txt")), "I0032 is still SCSI-FCP");
		assertTrue(r.check().passes(Fixtures.text("ds8a-lsioport.txt").replace("Offline Fibre Channel-SW SCSI-FCP",
				"Online  Fibre Channel-SW FICON   ")));
		assertEquals(List.of("setioport -topology scsi-fcp I0032"), lines(r.rollback().commands()));
	}

	@Test
	void whatRestripeDoesNotChangeOnADs8000IsRefusedByName() {
		Step volume = new Step(Operation.ADD_VOLUME, "ds8a", "ds8a", "ds8a-P1", "P1", Map.of(), Map.of());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> driver.render(volume));
		assertTrue(e.getMessage().contains("'add volume' (P1 on ds8a)"), e.getMessage());
	}

	private static Map<String, String> device(String type, String number) {
		return Map.of("name", number.equals("0A02") ? "PRD002" : "PRD000", "deviceType", type, "deviceNumber", number,
				"volume", "ds8a-P0", "volumeName", "P0");
	}

	private static Step ckd(Operation op, Map<String, String> before, Map<String, String> after) {
		String name = after.isEmpty() ? before.getOrDefault("name", "PRD000") : after.getOrDefault("name", "PRD000");
		return new Step(op, "ds8a", "ds8a", "ds8a-dev", name, before, after);
	}

	private static List<String> lines(List<CommandLine> commands) {
		return commands.stream().map(CommandLine::text).toList();
	}
}
