package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.StorageUnit;

/** Slices and the LUN map of a sliced 6120, read from the canonical volslice list and lun map list. */
class T3SlicesTest {
	private final T3Driver driver = new T3Driver();

	@Test
	void readsSlicesWithTheirBlocksAndVolumes() throws DiscoveryException {
		StorageUnit unit = driver.discover("a1", Fixtures.outputs("6120"));
		assertEquals(List.of("s0", "s1", "s2"), unit.getLuns().stream().map(Lun::getName).toList());
		Lun s1 = unit.getLuns().get(1);
		assertEquals("a1-s1", s1.getId());
		assertEquals(390_625_000L * 512, s1.getSize());
		assertEquals("v0", s1.getVolume().getName());
		assertEquals("v1", unit.getLuns().get(2).getVolume().getName());
	}

	@Test
	void readsTheLunMapBySliceNumber() throws DiscoveryException {
		StorageUnit unit = driver.discover("a1", Fixtures.outputs("6120"));
		assertEquals(List.of("0=s1", "1=s0", "5=s2"),
				unit.getMappings().stream().map(m -> m.getLunNumber() + "=" + m.getLun().getName()).toList());
		LunMapping first = unit.getMappings().get(0);
		assertNull(first.getHost(), "the array does not know which host sees a LUN");
		assertEquals("a1-s1-lun0", first.getId());
	}

	@Test
	void asksForSlicesOnlyWhereSysListShowsSlicingOn() {
		assertEquals(List.of("volslice list", "lun map list", "lun perm list"),
				driver.followUpDiscoveryCommands(Fixtures.outputs("6120")));
		assertEquals(List.of(), driver.followUpDiscoveryCommands(Fixtures.outputs("t3b")));
		assertEquals(List.of(), driver.followUpDiscoveryCommands(Map.of()));
	}

	@Test
	void refusesAMapEntryForASliceVolsliceListDoesNotShow() {
		Map<String, String> outputs = new java.util.LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.put("lun map list", "Lun No        Slice No\n----------------------------\n3             9\n");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("a1", outputs));
		assertTrue(e.getMessage().contains("LUN 3 to slice 9"), e.getMessage());
	}

	@Test
	void refusesASliceOnAVolumeVolListDoesNotShow() {
		Map<String, String> outputs = new java.util.LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.put("volslice list", Fixtures.text("6120-volslice-list.txt").replace("    v1", "    v7"));
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("a1", outputs));
		assertTrue(e.getMessage().contains("volume v7"), e.getMessage());
	}

	@Test
	void aSlicedArrayWithoutItsSliceListIsNotDiscovered() {
		Map<String, String> outputs = new java.util.LinkedHashMap<>(Fixtures.outputs("6120"));
		outputs.remove("volslice list");
		assertThrows(DiscoveryException.class, () -> driver.discover("a1", outputs));
	}

	@Test
	void aSliceIsPlannedSizeRoundedUpToMegabytesThenBlocks() {
		assertEquals(200_000_000_000L, driver.lunSizeOnArray(200_000_000_000L), "whole 8 MB multiples are exact");
		assertEquals(1_000_448L, driver.lunSizeOnArray(1_000_000L), "1 MB is 1953.125 blocks: 1954 blocks");
		assertEquals(2_000_384L, driver.lunSizeOnArray(1_000_001L), "a byte over 1 MB asks for 2 MB");
		assertEquals(2L, T3Spelling.sliceMegabytes(1_000_001L));
	}
}
