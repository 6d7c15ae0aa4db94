package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.DiskRole;
import org.restripe.model.RaidLevel;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;

/** ds8a read back from its DS CLI lists: what the engineer would see in the site file. */
class DsDiscoveryTest {
	private final DsCliDriver driver = new DsCliDriver();

	@Test
	void theArraySiteDdmsPoolVolumesAndPortsOfDs8a() throws DiscoveryException {
		StorageUnit unit = driver.discover("ds8a", Fixtures.ds8a());
		assertEquals("DS8000", unit.getCatalogModel());
		assertEquals(1, unit.getTrays().size());
		assertEquals("S1", unit.getTrays().get(0).getName());
		assertEquals(8, unit.getTrays().get(0).getDisks().size());
		assertEquals(300_000_000_000L, unit.getTrays().get(0).getDisks().get(0).getSize());
		assertEquals(DiskRole.STANDBY_DISK, unit.getTrays().get(0).getDisks().get(7).getRole());
		Volume pool = unit.getVolumes().get(0);
		assertEquals("P0", pool.getName());
		assertEquals(RaidLevel.RAID5, pool.getRaidLevel());
		assertEquals(7, pool.getDataDisks().size());
		assertEquals("R1-P1-D8", pool.getStandby().getName());
		assertEquals(2, unit.getCkdDevices().size(), "the alias 0A80 is no device of its own");
		CkdDevice first = unit.getCkdDevices().get(0);
		assertEquals("0A00", first.getDeviceNumber());
		assertEquals("PRD000", first.getName());
		assertEquals(CkdType.D3390_3, first.getDeviceType());
		assertEquals(pool, first.getVolume());
		assertEquals(ChannelKind.FICON, port(unit, "I0030"));
		assertEquals(ChannelKind.FIBRE_CHANNEL, port(unit, "I0032"));
	}

	@Test
	void theDelimitedListsDiscoverTheSameDevices() throws DiscoveryException {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lsckdvol", Fixtures.text("ds8a-lsckdvol-delim.txt"));
		StorageUnit unit = driver.discover("ds8a", outputs);
		assertEquals("0A01", unit.getCkdDevices().get(1).getDeviceNumber());
		assertEquals(CkdType.D3390_3, unit.getCkdDevices().get(1).getDeviceType());
	}

	@Test
	void anArrayWithoutCkdVolumesHasNoDevices() throws DiscoveryException {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lsckdvol", Fixtures.text("empty-lsckdvol.txt"));
		assertTrue(driver.discover("ds8a", outputs).getCkdDevices().isEmpty());
	}

	@Test
	void aVolumeOfNoStandardSizeIsNamed() {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lsckdvol", Fixtures.text("ds8a-lsckdvol.txt").replace("3339\n", "5000\n"));
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("ds8a", outputs));
		assertTrue(e.getMessage().contains("5000 cylinders, which is no standard 3390 model"), e.getMessage());
	}

	@Test
	void aVolumeOutsideTheListedLcusIsNamed() {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.put("lslcu", "CMUC00234I lslcu: No LCU found.\n");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("ds8a", outputs));
		assertTrue(e.getMessage().contains("'0A00' in no logical control unit"), e.getMessage());
	}

	@Test
	void withoutVerNothingIsGuessed() {
		Map<String, String> outputs = Fixtures.ds8a();
		outputs.remove("ver -l");
		DiscoveryException e = assertThrows(DiscoveryException.class, () -> driver.discover("ds8a", outputs));
		assertTrue(e.getMessage().contains("'ver -l'"), e.getMessage());
	}

	@Test
	void theBannerNamesTheStorageImageAndTheCliVersion() {
		var release = driver.identify(Fixtures.text("ds8a-ver-l.txt")).orElseThrow();
		assertEquals("2107", release.model());
		assertEquals("7.8.50.497", release.firmware());
		assertTrue(driver.identify(Fixtures.text("session-start-lsextpool.txt")).isPresent(), "the wrapped banner too");
		assertTrue(driver.identify("T3B Release 2.01.00 2002/03/22 18:35:03 (10.1.1.20)").isEmpty());
		assertNull(driver.identify("Date/Time: now IBM DSCLI Version: 7.8 DS: -").orElse(null),
				"a CLI connected to no storage image is no DS8000");
	}

	private static ChannelKind port(StorageUnit unit, String name) {
		return unit.getPorts().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getKind();
	}
}
