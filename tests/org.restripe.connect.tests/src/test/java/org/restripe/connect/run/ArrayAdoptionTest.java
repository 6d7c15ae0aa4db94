package org.restripe.connect.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.drivers.api.LunMasking;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.CacheMode;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;

/** The site as discovered: the arrays' configuration taken over by name, the rest of the site file kept. */
class ArrayAdoptionTest {
	private final Site site = DemoSite.create();
	private final DriverRegistry drivers = new DriverRegistry();

	ArrayAdoptionTest() {
		drivers.add(new T3Driver());
	}

	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	/**
	 * Every array as its console would show it now: as in the file, changed where the test changes it, with the
	 * LUN masking its lun perm list would show (the design's grants, which a copy of the model does not carry).
	 */
	private Map<String, StorageUnit> found(List<SiteArrays.SiteArray> arrays) {
		Map<String, StorageUnit> found = new LinkedHashMap<>();
		arrays.forEach(a -> {
			StorageUnit shown = EcoreUtil.copy(a.unit());
			for (int i = 0; i < shown.getMappings().size(); i++) {
				LunMasking masking = LunMasking.of(shown.getMappings().get(i));
				LunMasking.wwnsOf(a.unit().getMappings().get(i)).forEach(wwn -> masking.grant(wwn, "rw"));
			}
			found.put(a.name(), shown);
		});
		return found;
	}

	@Test
	void aCacheModeAndAStandbyChangedOnTheArrayAreAdoptedAndTheRestOfTheFileKept() {
		List<SiteArrays.SiteArray> arrays = SiteArrays.of(site, drivers);
		Map<String, StorageUnit> found = found(arrays);
		StorageUnit t3a = found.get("t3a");
		t3a.getCache().setCacheMode(t3a.getCache().getCacheMode() == CacheMode.OFF ? CacheMode.WRITETHROUGH : CacheMode.OFF);
		t3a.getVolumes().get(0).setStandby(null); // someone unconfigured the hot spare at the console

		Site adopted = ArrayAdoption.adopt(site, arrays, found);
		assertNotNull(adopted, "what the console shows can be taken over");
		StorageUnit mine = unit(adopted, "t3a");
		assertEquals(t3a.getCache().getCacheMode(), mine.getCache().getCacheMode());
		Volume v0 = mine.getVolumes().get(0);
		assertNull(v0.getStandby());
		Disk u1d9 = mine.getTrays().get(0).getDisks().get(8);
		assertEquals(DiskRole.UNASSIGNED, u1d9.getRole(), "the former standby is marked free");
		assertEquals(unit(site, "t3a").getVolumes().get(0).getId(), v0.getId(), "ids of what is unchanged are kept");
		assertSame(mine, adopted.getManagementHost().getSerialPorts().get(0).getConsole(), "the console wiring is kept");
		assertEquals(List.of(), ArrayComparison.differences(mine, t3a, arrays.get(0).driver()));
		assertEquals(unit(site, "t3a").getCache().getCacheMode(),
				unit(DemoSite.create(), "t3a").getCache().getCacheMode(), "the site given is left as it was");
	}

	@Test
	void aCacheModeSetAtTheSimulatedConsoleIsDiscoveredAndAdoptedLeavingNoDifference(@org.junit.jupiter.api.io.TempDir
			java.nio.file.Path dir) throws Exception {
		SimulatedSiteLine line = new SimulatedSiteLine(site);
		try {
			StorageUnit t3a = line.simulator.array("t3a").unit();
			CacheMode other = t3a.getCache().getCacheMode() == CacheMode.OFF ? CacheMode.WRITETHROUGH : CacheMode.OFF;
			t3a.getCache().setCacheMode(other);
			List<SiteArrays.SiteArray> arrays = SiteArrays.of(site, line.drivers);
			Map<String, StorageUnit> found;
			try (org.restripe.connect.SessionRecording recording = org.restripe.connect.SessionRecording.start(
					dir.resolve("discovery.cast"), "discovery");
					SiteSession session = new SiteSession(line.telnet(), recording)) {
				found = new SiteDiscovery(new ArrayConsoles(session.access(new org.eclipse.core.runtime.NullProgressMonitor()),
						SimulatedSiteLine.passwords(SimulatedSiteLine.ARRAY_PASSWORD), recording, "root",
						java.time.Duration.ofSeconds(10))).discover(arrays, new org.eclipse.core.runtime.NullProgressMonitor());
			}
			assertEquals(List.of("t3a"), List.copyOf(SiteDiscovery.compare(arrays, found).keySet()));
			Site adopted = ArrayAdoption.adopt(site, arrays, found);
			assertNotNull(adopted, "adoptable: " + SiteDiscovery.compare(arrays, found));
			assertEquals(other, unit(adopted, "t3a").getCache().getCacheMode());
			assertEquals(Map.of(), SiteDiscovery.compare(SiteArrays.of(adopted, line.drivers), found));
		} finally {
			line.simulator.close();
		}
	}

	@Test
	void anArrayOfAnotherModelThanTheFileSaysIsNotAdopted() {
		List<SiteArrays.SiteArray> arrays = SiteArrays.of(site, drivers);
		Map<String, StorageUnit> found = found(arrays);
		found.get("t3d").setCatalogModel("T3+"); // a replaced controller: a change of hardware, not of configuration
		assertNull(ArrayAdoption.adopt(site, arrays, found));
	}
}
