package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Disk;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.SiteBuilder;

class CapacitiesTest {

	private static final long S = 36_400_000_000L;

	private static Volume volume(RaidLevel level, int disks) {
		Volume volume = RestripeFactory.eINSTANCE.createVolume();
		volume.setRaidLevel(level);
		for (int i = 0; i < disks; i++) {
			Disk disk = RestripeFactory.eINSTANCE.createDisk();
			disk.setSize(S);
			volume.getDataDisks().add(disk);
		}
		return volume;
	}

	@Test
	void raid0IsAllDisks() {
		assertEquals(4 * S, volume(RaidLevel.RAID0, 4).getCapacity());
	}

	@Test
	void raid1IsHalfTheDisksAndAllowsOddCounts() {
		assertEquals(4 * S / 2, volume(RaidLevel.RAID1, 4).getCapacity());
		assertEquals(5 * S / 2, volume(RaidLevel.RAID1, 5).getCapacity());
	}

	@Test
	void raid5LosesOneDiskToParity() {
		assertEquals(7 * S, volume(RaidLevel.RAID5, 8).getCapacity());
	}

	@Test
	void smallestDiskSetsTheStripe() {
		Volume volume = volume(RaidLevel.RAID5, 3);
		volume.getDataDisks().get(1).setSize(18_200_000_000L);
		assertEquals(2 * 18_200_000_000L, volume.getCapacity());
	}

	@Test
	void emptyVolumeHasNoCapacity() {
		assertEquals(0L, volume(RaidLevel.RAID5, 0).getCapacity());
	}

	@Test
	void ckdCapacityIsCylindersTimesTracksTimesBytes() {
		CkdDevice device = RestripeFactory.eINSTANCE.createCkdDevice();
		device.setDeviceType(CkdType.D3390_3);
		assertEquals(3_339, device.getCylinders());
		assertEquals(3_339L * 15 * 56_664, device.getCapacity());
		device.setDeviceType(CkdType.D3390_54);
		assertEquals(65_520L * 15 * 56_664, device.getCapacity());
		device.setDeviceType(CkdType.D3380_K);
		assertEquals(2_655L * 15 * 47_476, device.getCapacity());
	}

	@Test
	void everyCkdTypeHasAGeometry() {
		CkdDevice device = RestripeFactory.eINSTANCE.createCkdDevice();
		for (CkdType type : CkdType.VALUES) {
			device.setDeviceType(type);
			assertEquals(true, device.getCapacity() > 0, type.getLiteral());
		}
	}

	@Test
	void unitCapacitiesSumDisksAndVolumes() {
		Site site = SiteBuilder.site("s", "s", "c");
		var subsystem = SiteBuilder.subsystem(site, "ss", "ss");
		StorageUnit unit = SiteBuilder.storageUnit(subsystem, DeviceCatalog.standard().get("T3"), "t3", "t3", 1, S);
		SiteBuilder.volume(unit, "v0", RaidLevel.RAID5, SiteBuilder.disks(unit, 1, 1, 8), SiteBuilder.disk(unit, 1, 9));
		assertEquals(9 * S, unit.getRawCapacity());
		assertEquals(7 * S, unit.getUsableCapacity());
		assertEquals(List.of(), unit.getCkdDevices());
	}
}
