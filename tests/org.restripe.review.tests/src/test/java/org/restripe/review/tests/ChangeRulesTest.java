package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.review.tests.Sites.check;
import static org.restripe.review.tests.Sites.copy;
import static org.restripe.review.tests.Sites.demo;
import static org.restripe.review.tests.Sites.get;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChangeKind;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Lun;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.ServiceLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.review.Contract;
import org.restripe.review.Finding;
import org.restripe.review.Severity;
import org.restripe.review.diff.SiteComparison;
import org.restripe.review.rules.BlockSizeRule;
import org.restripe.review.rules.ServiceLevelRule;

/** Rules about a change from the current to the desired site: block size and service level. */
class ChangeRulesTest {

	private final Site current = demo();
	private final Site desired = copy(current, "desired");

	@Test
	void blockSizeChangeKeepingAVolumeWarnsThatItIsRebuiltAndItsDataLost() {
		// the planner scripts it as remove, block size, rebuild (PlannerTest): possible, but the data goes
		((CacheSettings) get(desired, "t3a-sys")).setBlockSize(BlockSize.K16);
		List<Finding> findings = check(new BlockSizeRule(), current, desired, null);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("t3a-sys", findings.get(0).elementId());
		assertTrue(findings.get(0).message().contains("volume(s) [v0] are removed and rebuilt, and their data is lost"),
				findings.get(0).message());
	}

	@Test
	void blockSizeChangeRebuildingEveryVolumeWarnsOfDataLoss() {
		StorageUnit t3a = get(desired, "t3a");
		((CacheSettings) get(desired, "t3a-sys")).setBlockSize(BlockSize.K32);
		Volume v0 = t3a.getVolumes().get(0);
		v0.setId("t3a-v0-rebuilt");
		List<Finding> findings = check(new BlockSizeRule(), current, desired, null);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(Severity.WARNING, findings.get(0).severity());
	}

	@Test
	void unchangedBlockSizeIsQuiet() {
		((Lun) get(desired, "t3a-lun0")).setSize(100_000_000_000L);
		assertEquals(List.of(), check(new BlockSizeRule(), current, desired, null));
	}

	@Test
	void comparisonFindsEachKindOfChange() {
		((Volume) get(desired, "t3a-v0")).setRaidLevel(RaidLevel.RAID1);
		((Lun) get(desired, "se6120-lun0")).setSize(150_000_000_000L);
		((CacheSettings) get(desired, "t3b-sys")).setCacheMode(org.restripe.model.CacheMode.WRITETHROUGH);
		((Volume) get(desired, "se6120-v1")).setStandby(null);
		StorageUnit t3d = get(desired, "t3d");
		desired.getSubsystems().get(0).getStorageUnits().add(t3d);
		Set<ChangeKind> kinds = SiteComparison.kinds(current, desired);
		assertEquals(EnumSet.of(ChangeKind.RAID_LEVEL_CHANGE, ChangeKind.LUN_SIZE_CHANGE, ChangeKind.CACHE_BLOCKING,
				ChangeKind.HOT_STANDBY, ChangeKind.DEVICE_MOVE), kinds);
	}

	@Test
	void comparisonFindsChannelsCkdAndBalancing() {
		Site mfCurrent = TechnicalRulesTest.mainframeSite(ChannelKind.FICON, true);
		Site mfDesired = copy(mfCurrent, "mf-desired");
		((CkdDevice) get(mfDesired, "ess-0A00")).setDeviceType(CkdType.D3390_27);
		StorageUnit ess = get(mfDesired, "ess");
		Port extra = org.restripe.model.samples.SiteBuilder.identify(org.restripe.model.RestripeFactory.eINSTANCE.createPort(),
				"ess-u1p3", "u1p3");
		ess.getPorts().add(extra);
		((Port) get(mfDesired, "ess-u1p1")).setHost(null);
		assertEquals(EnumSet.of(ChangeKind.CKD_TYPE_CHANGE, ChangeKind.CHANNEL_ADDITION, ChangeKind.PERFORMANCE_BALANCING),
				SiteComparison.kinds(mfCurrent, mfDesired));
	}

	@Test
	void identicalSitesHaveNoChanges() {
		assertEquals(List.of(), SiteComparison.compare(current, desired));
	}

	@Test
	void option1CoversALunResize() {
		((Lun) get(desired, "se6120-lun0")).setSize(150_000_000_000L);
		assertEquals(List.of(), check(new ServiceLevelRule(), current, desired, new Contract(ServiceLevel.OPTION1, 0)));
	}

	@Test
	void option1RefusesACkdTypeChangeThatOption2Covers() {
		Site mfCurrent = TechnicalRulesTest.mainframeSite(ChannelKind.FICON, true);
		Site mfDesired = copy(mfCurrent, "mf-desired");
		((CkdDevice) get(mfDesired, "ess-0A00")).setDeviceType(CkdType.D3390_27);
		List<Finding> refused = check(new ServiceLevelRule(), mfCurrent, mfDesired, new Contract(ServiceLevel.OPTION1, 0));
		assertEquals(1, refused.size(), refused.toString());
		assertTrue(refused.get(0).message().contains("needs Option 2"), refused.get(0).message());
		assertTrue(refused.get(0).fix().contains("one-time charge"));
		assertEquals(List.of(), check(new ServiceLevelRule(), mfCurrent, mfDesired, new Contract(ServiceLevel.OPTION2, 5)));
	}

	@Test
	void option1AllowsOneReconfigurationAYear() {
		((Lun) get(desired, "se6120-lun0")).setSize(150_000_000_000L);
		List<Finding> findings = check(new ServiceLevelRule(), current, desired, new Contract(ServiceLevel.OPTION1, 1));
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).message().contains("already been used"), findings.get(0).message());
	}

	@Test
	void performanceBalancingNeedsOption3() {
		((Port) get(desired, "se6120-u1p2")).setHost(get(desired, "host-web1"));
		Contract option2 = new Contract(ServiceLevel.OPTION2, 0);
		assertEquals(1, check(new ServiceLevelRule(), current, desired, option2).size());
		assertEquals(List.of(), check(new ServiceLevelRule(), current, desired, new Contract(ServiceLevel.OPTION3, 3)));
	}

	@Test
	void capacityAdditionIsOutsideEveryServiceLevel() {
		org.restripe.model.samples.SiteBuilder.storageUnit(desired.getSubsystems().get(1),
				org.restripe.model.catalog.DeviceCatalog.standard().get("T3"), "t3e", "t3e", 1, 18_200_000_000L);
		List<Finding> findings = check(new ServiceLevelRule(), current, desired, new Contract(ServiceLevel.OPTION3, 0));
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).message().contains("no service level"), findings.get(0).message());
	}

	@Test
	void noContractMeansNoEntitlementCheck() {
		((Volume) get(desired, "t3a-v0")).setRaidLevel(RaidLevel.RAID1);
		assertEquals(List.of(), check(new ServiceLevelRule(), current, desired, null));
	}
}
