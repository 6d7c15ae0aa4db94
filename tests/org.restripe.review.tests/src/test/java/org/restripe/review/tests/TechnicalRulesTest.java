package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.review.tests.Sites.check;
import static org.restripe.review.tests.Sites.demo;
import static org.restripe.review.tests.Sites.errors;
import static org.restripe.review.tests.Sites.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.Disk;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RaidLevel;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Rule;
import org.restripe.review.Severity;
import org.restripe.review.rules.CatalogLimitsRule;
import org.restripe.review.rules.CkdChannelRule;
import org.restripe.review.rules.ConsoleWiringRule;
import org.restripe.review.rules.DiskUsageRule;
import org.restripe.review.rules.DuplicateIdRule;
import org.restripe.review.rules.DuplicateNameRule;
import org.restripe.review.rules.HotSpareRule;
import org.restripe.review.rules.LunCapacityRule;
import org.restripe.review.rules.MappingRule;
import org.restripe.review.rules.RaidFeasibilityRule;
import org.restripe.review.rules.VolumeCountRule;

/** Each technical rule trips on a broken demo site and stays quiet on the sound one. */
class TechnicalRulesTest {

	static List<Rule> rules() {
		return Review.standardRules();
	}

	@ParameterizedTest
	@MethodSource("rules")
	void soundDemoSiteTripsNoRule(Rule rule) {
		assertEquals(List.of(), check(rule, demo()), rule.id());
	}

	private static Finding onlyError(Rule rule, Site site, String elementId) {
		List<Finding> errors = errors(check(rule, site));
		assertEquals(1, errors.size(), errors.toString());
		assertEquals(elementId, errors.get(0).elementId());
		assertEquals(rule.id(), errors.get(0).ruleId());
		assertTrue(errors.get(0).fix() != null && !errors.get(0).fix().isBlank());
		return errors.get(0);
	}

	@Test
	void unknownArrayModel() {
		Site site = demo();
		((StorageUnit) get(site, "t3a")).setCatalogModel("A3500");
		Finding f = onlyError(new CatalogLimitsRule(), site, "t3a");
		assertTrue(f.message().contains("A3500"), f.message());
	}

	@Test
	void slicingOnAnArrayThatCannotSlice() {
		Site site = demo();
		StorageUnit t3d = get(site, "t3d");
		t3d.setVolumeSlicing(true);
		onlyError(new CatalogLimitsRule(), site, "t3d");
	}

	@Test
	void raid5OnTwoDisks() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		v0.getDataDisks().subList(2, 8).clear();
		Finding f = onlyError(new RaidFeasibilityRule(), site, "t3a-v0");
		assertTrue(f.message().contains("needs 3 to 9"), f.message());
	}

	@Test
	void raid1OnOddDiskCountIsFeasible() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		v0.setRaidLevel(RaidLevel.RAID1);
		v0.getDataDisks().remove(7);
		assertEquals(List.of(), check(new RaidFeasibilityRule(), site));
	}

	@Test
	void t3HotSpareMustBeDriveNine() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		Disk d8 = get(site, "t3a-u1d8");
		v0.getDataDisks().remove(d8);
		v0.setStandby(d8);
		Finding f = onlyError(new HotSpareRule(), site, "t3a-u1d8");
		assertTrue(f.message().contains("drive 9"), f.message());
	}

	@Test
	void redundantVolumeWithoutSpareIsAWarning() {
		Site site = demo();
		((Volume) get(site, "t3a-v0")).setStandby(null);
		List<Finding> findings = check(new HotSpareRule(), site);
		assertEquals(1, findings.size());
		assertEquals(Severity.WARNING, findings.get(0).severity());
	}

	@Test
	void threeVolumesOnOneT3TrayWithoutSlicing() {
		Site site = demo();
		StorageUnit t3a = get(site, "t3a");
		Volume v0 = get(site, "t3a-v0");
		v0.getDataDisks().subList(3, 8).clear();
		SiteBuilder.volume(t3a, "v1", RaidLevel.RAID0, SiteBuilder.disks(t3a, 1, 4, 5), null);
		SiteBuilder.volume(t3a, "v2", RaidLevel.RAID0, SiteBuilder.disks(t3a, 1, 6, 7), null);
		Finding f = onlyError(new VolumeCountRule(), site, "t3a");
		assertTrue(f.message().contains("3 volumes"), f.message());
	}

	@Test
	void severalLunsOnAVolumeNeedSlicing() {
		Site site = demo();
		StorageUnit t3d = get(site, "t3d");
		Lun lun0 = get(site, "t3d-lun0");
		lun0.setSize(lun0.getSize() / 2);
		SiteBuilder.lun(t3d, "lun1", lun0.getVolume(), lun0.getSize());
		onlyError(new VolumeCountRule(), site, "t3d-v0");
	}

	@Test
	void lunsExceedingTheirVolume() {
		Site site = demo();
		Lun lun1 = get(site, "se6120-lun1");
		lun1.setSize(lun1.getSize() * 2);
		Finding f = onlyError(new LunCapacityRule(), site, "se6120-v0");
		assertTrue(f.message().contains("add up to"), f.message());
	}

	@Test
	void mappingToAHostOutsideTheSite() {
		Site site = demo();
		Host stranger = RestripeFactory.eINSTANCE.createHost();
		stranger.setId("stranger");
		LunMapping mapping = get(site, "t3a-lun0-host-db");
		mapping.setHost(stranger);
		onlyError(new MappingRule(), site, "t3a-lun0-host-db");
	}

	@Test
	void mappingToAMissingLun() {
		Site site = demo();
		LunMapping mapping = get(site, "t3a-lun0-host-db");
		mapping.setLun(null);
		onlyError(new MappingRule(), site, "t3a-lun0-host-db");
	}

	@Test
	void twoLunsUnderOneNumberForAHost() {
		Site site = demo();
		LunMapping mapping = get(site, "se6120-lun1-host-web2");
		mapping.setLunNumber(0);
		onlyError(new MappingRule(), site, "se6120-lun1-host-web2");
	}

	@Test
	void ckdDeviceOnAnOpenSystemsArray() {
		Site site = demo();
		StorageUnit t3a = get(site, "t3a");
		t3a.getCkdDevices().add(ckd("t3a-ckd0", CkdType.D3390_3, get(site, "t3a-v0")));
		onlyError(new CkdChannelRule(), site, "t3a");
	}

	@Test
	void ckdDeviceBehindAFiconChannelToAMainframeIsFine() {
		Site site = mainframeSite(ChannelKind.FICON, true);
		assertEquals(List.of(), check(new CkdChannelRule(), site));
	}

	@Test
	void ckdDeviceWithoutAMainframeChannel() {
		Site site = mainframeSite(ChannelKind.FIBRE_CHANNEL, true);
		onlyError(new CkdChannelRule(), site, "ess");
	}

	@Test
	void duplicateHostNames() {
		Site site = demo();
		((Host) get(site, "host-web2")).setName("webserver1");
		onlyError(new DuplicateNameRule(), site, "host-web2");
	}

	@Test
	void duplicateIds() {
		Site site = demo();
		((Host) get(site, "host-web2")).setId("host-web1");
		Finding f = onlyError(new DuplicateIdRule(), site, "host-web1");
		assertTrue(f.message().contains("host-web1"), f.message());
	}

	@Test
	void arrayConsoleNotWired() {
		Site site = demo();
		site.getManagementHost().getSerialPorts().remove(4);
		Finding f = onlyError(new ConsoleWiringRule(), site, "se6120");
		assertTrue(f.message().contains("console"), f.message());
	}

	@Test
	void siteWithoutManagementHost() {
		Site site = demo();
		site.setManagementHost(null);
		onlyError(new ConsoleWiringRule(), site, "demo");
	}

	@Test
	void diskUsedByTwoVolumes() {
		Site site = demo();
		Volume v1 = get(site, "se6120-v1");
		v1.getDataDisks().set(0, get(site, "se6120-u1d01"));
		onlyError(new DiskUsageRule(), site, "se6120-u1d01");
	}

	@Test
	void dataDiskAlsoStandbyOfAnotherVolume() {
		Site site = demo();
		Volume v1 = get(site, "se6120-v1");
		v1.setStandby(get(site, "se6120-u1d02"));
		onlyError(new DiskUsageRule(), site, "se6120-u1d02");
	}

	private static CkdDevice ckd(String id, CkdType type, Volume volume) {
		CkdDevice device = SiteBuilder.identify(RestripeFactory.eINSTANCE.createCkdDevice(), id, id);
		device.setDeviceType(type);
		device.setVolume(volume);
		return device;
	}

	/** The demo site plus a mainframe and an ESS array carrying one 3390-9 behind a channel of that kind. */
	static Site mainframeSite(ChannelKind kind, boolean mainframeHost) {
		Site site = demo();
		Host mainframe = SiteBuilder.host(site, "host-mvs", "mvs1", "z/OS", site.getLans().get(0));
		mainframe.setMainframe(mainframeHost);
		var subsystem = SiteBuilder.subsystem(site, "ss-mf", "Mainframe subsystem", mainframe);
		var model = org.restripe.model.catalog.DeviceCatalog.standard().get("ESS-2105");
		StorageUnit ess = SiteBuilder.storageUnit(subsystem, model, "ess", "ess", 1, 36_400_000_000L);
		Volume v0 = SiteBuilder.volume(ess, "v0", RaidLevel.RAID5, SiteBuilder.disks(ess, 1, 1, 7), SiteBuilder.disk(ess, 1, 8));
		ess.getPorts().forEach(p -> {
			p.setKind(kind);
			p.setHost(mainframe);
		});
		ess.getCkdDevices().add(ckd("ess-0A00", CkdType.D3390_9, v0));
		SiteBuilder.console(site.getManagementHost(), "/dev/ttyS9", ess);
		return site;
	}
}
