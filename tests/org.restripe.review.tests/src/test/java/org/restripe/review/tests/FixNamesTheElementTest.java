package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.restripe.review.tests.Sites.check;
import static org.restripe.review.tests.Sites.copy;
import static org.restripe.review.tests.Sites.demo;
import static org.restripe.review.tests.Sites.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.BlockSize;
import org.restripe.model.ChannelKind;
import org.restripe.model.Disk;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.review.Finding;
import org.restripe.review.Rule;
import org.restripe.review.rules.BlockSizeRule;
import org.restripe.review.rules.CatalogLimitsRule;
import org.restripe.review.rules.ConsoleWiringRule;
import org.restripe.review.rules.DiskUsageRule;
import org.restripe.review.rules.HotSpareRule;
import org.restripe.review.rules.LunCapacityRule;
import org.restripe.review.rules.RaidFeasibilityRule;

/**
 * A finding's fix says which element to change and what to set it to, in the words the engineer reads in the
 * Review view ("Set the block size of ess to 64k"), not a general advice ("Choose one of [K64]").
 */
class FixNamesTheElementTest {

	private static String onlyFix(Rule rule, Site site) {
		List<Finding> findings = check(rule, site);
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0).fix();
	}

	@Test
	void aBlockSizeTheArrayCannotDoNamesTheArrayAndTheSizeToSet() {
		Site site = TechnicalRulesTest.mainframeSite(ChannelKind.FICON, true);
		StorageUnit ess = get(site, "ess");
		ess.getCache().setBlockSize(BlockSize.K16);
		assertEquals("Set the block size of ess to 64k.", onlyFix(new BlockSizeRule(), site));
	}

	@Test
	void aBlockSizeChangeThatRebuildsVolumesNamesTheVolumesToBackUpAndTheSizeToKeep() {
		Site current = demo();
		Site desired = copy(current, "desired");
		StorageUnit t3a = get(desired, "t3a");
		BlockSize before = t3a.getCache().getBlockSize();
		t3a.getCache().setBlockSize(before == BlockSize.K16 ? BlockSize.K32 : BlockSize.K16);
		List<Finding> findings = check(new BlockSizeRule(), current, desired, null);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals("Back up the data of v0 on t3a first (the plan asks for the backup), or set the block size of t3a"
				+ " back to " + before + ".", findings.get(0).fix());
	}

	@Test
	void aVolumeWithoutStandbyNamesTheFreeSpareDriveOfItsTray() {
		Site site = demo();
		((Volume) get(site, "t3a-v0")).setStandby(null);
		assertEquals("Make u1d9 the standby of v0.", onlyFix(new HotSpareRule(), site));
	}

	@Test
	void aStandbyInTheWrongSlotNamesTheDiskThatMustBeTheStandby() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		Disk d8 = get(site, "t3a-u1d8");
		v0.getDataDisks().remove(d8);
		v0.setStandby(d8);
		assertEquals("Make u1d9 the standby of v0 instead of u1d8.", onlyFix(new HotSpareRule(), site));
	}

	@Test
	void aRaidLevelOnTooFewDisksNamesTheVolumeAndHowManyDisksToAdd() {
		Site site = demo();
		((Volume) get(site, "t3a-v0")).getDataDisks().subList(2, 8).clear();
		assertEquals("Add 1 disk(s) to v0 or set its RAID level to another.", onlyFix(new RaidFeasibilityRule(), site));
	}

	@Test
	void lunsLargerThanTheirVolumeNameTheVolume() {
		Site site = demo();
		Lun lun1 = get(site, "se6120-lun1");
		lun1.setSize(lun1.getSize() * 2);
		String fix = onlyFix(new LunCapacityRule(), site);
		org.junit.jupiter.api.Assertions.assertTrue(fix.startsWith("Shrink the LUNs of v0 by ") && fix.endsWith(
				", add disks to v0 or set its RAID level to one with more capacity."), fix);
	}

	@Test
	void anUnwiredConsoleNamesTheArrayAndTheManagementHost() {
		Site site = demo();
		site.getManagementHost().getSerialPorts().remove(4);
		assertEquals("Wire a serial port of " + site.getManagementHost().getName() + " to the console of se6120.",
				onlyFix(new ConsoleWiringRule(), site));
	}

	@Test
	void anUnknownModelNamesTheArrayAndTheModelsToChooseFrom() {
		Site site = demo();
		((StorageUnit) get(site, "t3a")).setCatalogModel("A3500");
		assertEquals("Set the catalog model of t3a to one of T3, T3+, 6120, ESS-2105 or DS8000.",
				onlyFix(new CatalogLimitsRule(), site));
	}

	@Test
	void aDiskOfTwoVolumesNamesTheDiskAndBothVolumes() {
		Site site = demo();
		Volume v1 = get(site, "se6120-v1");
		v1.getDataDisks().set(0, get(site, "se6120-u1d01"));
		List<Finding> errors = Sites.errors(check(new DiskUsageRule(), site));
		assertEquals(1, errors.size(), errors.toString());
		assertEquals("Take u1d01 out of v0 or out of v1.", errors.get(0).fix());
	}
}
