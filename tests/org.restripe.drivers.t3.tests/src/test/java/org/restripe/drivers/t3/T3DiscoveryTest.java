package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.MultipathMode;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;

class T3DiscoveryTest {
	private final T3Driver driver = new T3Driver();

	@Test
	void readsTheFactoryLayoutOfAT3Plus() throws DiscoveryException {
		StorageUnit unit = driver.discover("t3b", Fixtures.outputs("t3b"));
		assertEquals("T3+", unit.getCatalogModel());
		assertEquals("T3B Release 2.01.00", unit.getFirmware());
		assertEquals(1, unit.getTrays().size());
		assertEquals(9, unit.getTrays().get(0).getDisks().size());
		Volume v0 = unit.getVolumes().get(0);
		assertEquals("t3b-v0", v0.getId());
		assertEquals(RaidLevel.RAID5, v0.getRaidLevel());
		assertEquals(List.of("u1d1", "u1d2", "u1d3", "u1d4", "u1d5", "u1d6", "u1d7", "u1d8"),
				v0.getDataDisks().stream().map(Disk::getName).toList());
		assertEquals("u1d9", v0.getStandby().getName());
		assertEquals(VolumeState.MOUNTED, v0.getState());
		assertEquals(254_800_000_000L, v0.getCapacity(), "7 x 36.4 GB, as vol list prints");
		assertEquals(DiskRole.STANDBY_DISK, v0.getStandby().getRole());
		assertEquals("50020f23000003c5", unit.getPorts().get(0).getAddress());
		assertEquals(MultipathMode.READ_WRITE, unit.getCache().getMultipath());
		assertFalse(unit.isVolumeSlicing());
	}

	@Test
	void readsA6120WithTwoDigitDisksTwoVolumesAndItsSettings() throws DiscoveryException {
		StorageUnit unit = driver.discover("a1", Fixtures.outputs("6120"));
		assertEquals("6120", unit.getCatalogModel());
		assertEquals(14, unit.getTrays().get(0).getDisks().size());
		assertEquals(73_400_000_000L, unit.getTrays().get(0).getDisks().get(0).getSize());
		Volume v1 = unit.getVolumes().get(1);
		assertEquals(RaidLevel.RAID1, v1.getRaidLevel());
		assertEquals("u1d07", v1.getDataDisks().get(0).getName());
		assertEquals("u1d14", v1.getStandby().getName());
		assertEquals(VolumeState.UNMOUNTED, v1.getState());
		assertEquals(DiskRole.UNASSIGNED, unit.getTrays().get(0).getDisks().get(12).getRole());
		assertEquals(BlockSize.K32, unit.getCache().getBlockSize());
		assertEquals(CacheMode.WRITEBEHIND, unit.getCache().getCacheMode());
		assertEquals(ReconRate.HIGH, unit.getCache().getReconRate());
		assertFalse(unit.getCache().isReadAhead());
		assertTrue(unit.isVolumeSlicing());
		assertEquals(2, unit.getPorts().size());
	}

	@Test
	void readsATwoTrayPartnerGroupFromTheFieldServiceManualsScreens() throws DiscoveryException {
		StorageUnit unit = driver.discover("pg", Fixtures.outputs("t3pair"));
		assertEquals(2, unit.getTrays().size());
		assertEquals(9, unit.getTrays().get(1).getDisks().size());
		assertEquals(36_400_000_000L, unit.getTrays().get(1).getDisks().get(0).getSize(), "ST336704FSUN");
		Volume v1 = unit.getVolumes().get(1);
		assertEquals("v1", v1.getName());
		assertEquals(List.of("u2d1", "u2d2", "u2d3", "u2d4", "u2d5", "u2d6", "u2d7", "u2d8", "u2d9"),
				v1.getDataDisks().stream().map(Disk::getName).toList());
		assertEquals(VolumeState.MOUNTED, v1.getState());
		assertEquals(DiskRole.DATA_DISK, unit.getTrays().get(1).getDisks().get(8).getRole(), "u2d9 is a data disk");
		assertEquals(2, unit.getPorts().size());
	}

	@Test
	void readsTheStateLineOfVolStatFromColumnZero() throws DiscoveryException {
		Map<String, String> outputs = Fixtures.outputs("6120");
		assertTrue(outputs.get("vol stat").startsWith("v0            u1d01  u1d02"), outputs.get("vol stat"));
		assertTrue(outputs.get("vol stat").contains("\nunmounted      0      0"), outputs.get("vol stat"));
		StorageUnit unit = driver.discover("a1", outputs);
		assertEquals(VolumeState.MOUNTED, unit.getVolumes().get(0).getState());
		assertEquals(VolumeState.UNMOUNTED, unit.getVolumes().get(1).getState());
	}

	@Test
	void identifiesA6120FromItsVerWithoutBlankLineOrFullStop() {
		String ver = Fixtures.text("6120-ver.txt");
		assertTrue(ver.startsWith("6120 Release 3.1.0 Fri Dec 19 14:49:54 PST 2003"), ver);
		assertTrue(ver.contains("Sun Microsystems, Inc\n") && !ver.contains("All Rights Reserved"), ver);
		assertEquals("3.1.0", driver.identify(ver).orElseThrow().firmware());
	}

	@Test
	void acceptsAConsoleTranscriptWithPromptsAndEchoes() {
		// t3b-session.txt is reconstructed (see its header): the shapes of a console, not a capture
		Map<String, String> outputs = T3Driver.outputsOfSession(Fixtures.text("t3b-session.txt"));
		assertEquals(List.of("ver", "vol list", "vol stat"), List.copyOf(outputs.keySet()));
		assertTrue(driver.identify(outputs.get("ver")).isPresent());
		assertTrue(outputs.get("vol list").contains("u1d1-8"));
	}

	@Test
	void acceptsCarriageReturnsAndPromptLinesInsideAnOutput() throws DiscoveryException {
		Map<String, String> outputs = Fixtures.outputs("t3b");
		outputs.replaceAll((command, text) -> "t3b:/:<7>" + command + "\r\n" + text.replace("\n", "\r\n") + "t3b:/:<8>");
		StorageUnit unit = driver.discover("t3b", outputs);
		assertEquals(VolumeState.MOUNTED, unit.getVolumes().get(0).getState());
	}

	@Test
	void refusesOutputThatIsNotAT3sWithTheLineAtFault() {
		Map<String, String> outputs = Fixtures.outputs("t3b");
		outputs.put("vol list", "volume capacity raid data standby\nv0 254.8 GB 7 u1d1-8 u1d9\n");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("t3b", outputs));
		assertTrue(e.getMessage().contains("RAID level '7'"), e.getMessage());
		outputs.remove("fru list");
		assertTrue(assertThrows(DiscoveryException.class, () -> driver.discover("t3b", outputs)).getMessage()
				.contains("fru list"));
	}

	@Test
	void refusesAVolumeOnADiskTheArrayDoesNotHave() {
		Map<String, String> outputs = Fixtures.outputs("t3b");
		outputs.put("vol list", "volume capacity raid data standby\nv0 254.8 GB 5 u1d1-8 u2d9\n");
		assertTrue(assertThrows(DiscoveryException.class, () -> driver.discover("t3b", outputs)).getMessage()
				.contains("u2d9"));
	}

	@Test
	void aVolumeListedTwice() {
		Map<String, String> outputs = Fixtures.outputs("t3b");
		outputs.put("vol list", "v0 254.8 GB 5 u1d1-4 -\nv0 254.8 GB 5 u1d5-8 u1d9\n");
		String why = assertThrows(DiscoveryException.class, () -> driver.discover("t3b", outputs)).getMessage();
		assertTrue(why.contains("v0 twice"), why);
	}

	@Test
	void expandsAndCompressesDiskRanges() {
		assertEquals(List.of("u1d01", "u1d02", "u1d03"), DiskNames.expand("u1d01-03"));
		assertEquals(List.of("u1d1", "u1d2", "u1d4"), DiskNames.expand("u1d1-2,u1d4"));
		assertEquals("u1d1-8", DiskNames.compress(DiskNames.expand("u1d1-8")));
		assertEquals("u1d01-06", DiskNames.compress(DiskNames.expand("u1d01-06")));
		assertEquals("u1d1-2,u1d4,u2d1", DiskNames.compress(List.of("u1d1", "u1d2", "u1d4", "u2d1")));
	}
}
