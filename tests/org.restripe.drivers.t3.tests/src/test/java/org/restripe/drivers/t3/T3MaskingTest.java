package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.LunMasking;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.Step;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;
import org.restripe.model.samples.DemoSite;

/**
 * LUN masking where the array has it (6120, T3+ 2.1 with slicing): a mapping is made, then granted to its
 * host's WWNs with lun perm; an unmapping withdraws the grants, then the mapping; lun perm list proves both,
 * and discovery reads it back.
 */
class T3MaskingTest {
	private static final String WWN = "210000e08b0a1b2c";
	private static final String OTHER = "210000e08b0a1b2d";
	private final T3Driver driver = new T3Driver();

	private static Map<String, String> mapping(String wwns) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("lunNumber", "0");
		m.put("lunName", "s1");
		m.put("volumeName", "v0");
		m.put("slicing", "true");
		m.put("wwns", wwns);
		return m;
	}

	private RenderedStep render(Operation op, Map<String, String> values) {
		boolean map = op == Operation.MAP_LUN;
		return driver.render(new Step(op, "se", "se", "m", "s1", map ? Map.of() : values, map ? values : Map.of()));
	}

	private static List<String> texts(List<CommandLine> lines) {
		return lines.stream().map(CommandLine::text).toList();
	}

	@Test
	void aMappingIsMadeThenGrantedToEachWwnAndProvedByLunPermList() {
		RenderedStep map = render(Operation.MAP_LUN, mapping(WWN + "," + OTHER));
		assertEquals(List.of("lun map add lun 0 slice s1", "lun perm lun 0 rw wwn " + WWN, "lun perm lun 0 rw wwn " + OTHER),
				texts(map.commands()));
		assertEquals("lun perm list", map.check().command());
		String listed = Fixtures.text("6120-lun-perm-list.txt");
		assertFalse(map.check().passes(listed), "the fixture grants LUN 0 to one WWN only");
		String row = "    --            --            ";
		assertTrue(map.check().passes(listed + "0       1       " + OTHER + row + "rw          rw\n"), "both WWNs read-write");
		assertFalse(map.check().passes(listed.replace(WWN + row + "rw          rw", WWN + row + "ro          ro")
				+ "0       1       " + OTHER + row + "rw          rw\n"), "read-only is not what was granted");
		assertEquals(List.of("lun perm lun 0 none wwn " + WWN, "lun perm lun 0 none wwn " + OTHER, "lun map rm lun 0"),
				texts(map.rollback().commands()));
	}

	@Test
	void anUnmappingWithdrawsTheGrantsBeforeTheMapping() {
		RenderedStep unmap = render(Operation.UNMAP_LUN, mapping(WWN));
		assertEquals(List.of("lun perm lun 0 none wwn " + WWN, "lun map rm lun 0"), texts(unmap.commands()));
		assertFalse(unmap.check().passes(Fixtures.text("6120-lun-perm-list.txt")), "LUN 0 is still listed");
		assertTrue(unmap.check().passes(Fixtures.text("6120-lun-perm-list.txt").replaceAll("(?m)^0 .*\\n", "")));
		assertEquals(List.of("lun map add lun 0 slice s1", "lun perm lun 0 rw wwn " + WWN),
				texts(unmap.rollback().commands()));
	}

	@Test
	void theDesignGrantsTheHostsHbaWwnsNeverTheArrayPortsAddress() {
		StorageUnit se6120 = DemoSite.create().getSubsystems().get(1).getStorageUnits().get(1);
		se6120.getPorts().get(0).setAddress("50:02:0f:23:00:00:a1:b2"); // the array's own port WWN
		LunMapping lun0 = se6120.getMappings().get(0);
		lun0.setPort(se6120.getPorts().get(0));
		lun0.getHost().getHbaWwns().set(1, "21:00:00:E0:8B:0A:1B:22"); // as HBA tools print it
		assertEquals(Set.of("210000e08b0a1b21", "210000e08b0a1b22"), LunMasking.wwnsOf(lun0), "webserver2's HBAs");
		lun0.getHost().getHbaWwns().clear();
		assertEquals(Set.of(), LunMasking.wwnsOf(lun0), "a host without HBA WWNs gets no masking");
	}

	@Test
	void withoutAWwnInTheDesignOnlyTheLunMapIsTyped() {
		RenderedStep map = render(Operation.MAP_LUN, mapping(""));
		assertEquals(List.of("lun map add lun 0 slice s1"), texts(map.commands()));
		assertEquals("lun map list", map.check().command());
	}

	@Test
	void theMaskingSpellingsAreMarkedUnverified() {
		assertFalse(T3Spelling.LUN_PERM.verified());
		assertFalse(T3Spelling.LUN_PERM_LIST.verified());
		assertEquals("lun perm lun 3 ro wwn " + WWN,
				T3Spelling.LUN_PERM.with(Map.of("lunNumber", "3", "access", "ro", "wwn", WWN)));
	}

	@Test
	void discoveryReadsWhichWwnsSeeEachLun() throws DiscoveryException {
		StorageUnit unit = driver.discover("a1", Fixtures.outputs("6120"));
		Map<Integer, Map<String, String>> masking = new LinkedHashMap<>();
		for (LunMapping m : unit.getMappings()) {
			masking.put(m.getLunNumber(), LunMasking.find(m).map(LunMasking::access).orElse(Map.of()));
		}
		assertEquals(Map.of(0, Map.of(WWN, "rw"), 1, Map.of(), 5, Map.of(OTHER, "ro")), masking,
				"the default lines and the denied WWN are no access of their own");
	}

	@Test
	void aMaskingLineForALunTheMapDoesNotShowIsRefusedByName() {
		Map<String, String> outputs = new LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.put("lun perm list", Fixtures.text("6120-lun-perm-list.txt") + "7       9       " + WWN
				+ "    --            --            rw          rw\n");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("a1", outputs));
		assertTrue(e.getMessage().contains("LUN 7 that lun map list does not map"), e.getMessage());
	}

	@Test
	void aMaskingLineWithoutAWwnIsRefusedWithTheLine() {
		Map<String, String> outputs = new LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.put("lun perm list", Fixtures.text("6120-lun-perm-list.txt").replace(OTHER, "host7"));
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("a1", outputs));
		assertTrue(e.getMessage().contains("'host7' where a WWN belongs"), e.getMessage());
	}

	@Test
	void aCaptureWithoutLunPermListShowsNoMasking() throws DiscoveryException {
		Map<String, String> outputs = new LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.remove("lun perm list");
		StorageUnit unit = driver.discover("a1", outputs);
		assertTrue(unit.getMappings().stream().allMatch(m -> LunMasking.find(m).isEmpty()));
	}
}
