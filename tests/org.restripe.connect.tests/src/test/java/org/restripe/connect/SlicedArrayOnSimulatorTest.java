package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.connect.PlanOnSimulatedArraysTest.find;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;

/**
 * The demo site's sliced 6120 (v0 RAID 5 cut into lun0 200 GB and lun1 240 GB, v1 RAID 1 as lun2, mapped
 * as LUNs 0, 1 and 2): each change of its slices and LUN map, planned, rendered with volslice and lun map
 * commands, run over TCP on the simulator and read back by discovery, leaves the slices (name, size as the
 * array allocates it, volume) and the LUN map (LUN number, slice) exactly as designed.
 */
class SlicedArrayOnSimulatorTest {
	private static final long GB = 1_000_000_000L;

	@TempDir
	Path recordings;

	static Stream<Arguments> variants() {
		return Stream.of(
				Arguments.of("LUN resize: lun0 200 GB to 150 GB", change(site -> lun(site, "lun0").setSize(150 * GB))),
				Arguments.of("LUN resize to a size that is no whole number of blocks: lun1 to 239,999,999,999 bytes",
						change(site -> lun(site, "lun1").setSize(239_999_999_999L))),
				Arguments.of("new LUN: lun3 of 300 MB in v0's free space, mapped as LUN 3", change(site -> {
					StorageUnit unit = find(site, "se6120", StorageUnit.class);
					Lun lun3 = SiteBuilder.lun(unit, "lun3", find(site, "se6120-v0", Volume.class), 300_000_000L);
					SiteBuilder.map(unit, lun3, find(site, "host-web2", Host.class), 3);
				})),
				Arguments.of("LUN removal: lun1 and its mapping go", change(site -> {
					StorageUnit unit = find(site, "se6120", StorageUnit.class);
					Lun lun1 = lun(site, "lun1");
					unit.getMappings().removeIf(m -> m.getLun() == lun1);
					unit.getLuns().remove(lun1);
				})),
				Arguments.of("LUN remapped: lun1 presented as LUN 7 instead of LUN 1",
						change(site -> mapping(site, "lun1").setLunNumber(7))),
				Arguments.of("two LUNs swap numbers: lun0 as LUN 1, lun1 as LUN 0", change(site -> {
					mapping(site, "lun0").setLunNumber(1);
					mapping(site, "lun1").setLunNumber(0);
				})),
				Arguments.of("RAID rebuild: v0 RAID 5 to RAID 1, its slices shrunk to fit and recreated", change(site -> {
					find(site, "se6120-v0", Volume.class).setRaidLevel(RaidLevel.RAID1);
					lun(site, "lun0").setSize(100 * GB);
					lun(site, "lun1").setSize(150 * GB);
				})));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void theSlicesAndTheLunMapEndUpAsDesigned(String variant, Consumer<Site> edit) throws Exception {
		Site current = DemoSite.create();
		Site desired = EcoreUtil.copy(current);
		edit.accept(desired);
		Map<String, List<RenderedStep>> scripts = Restripe.scripts(current, desired);
		assertFalse(scripts.isEmpty(), variant + ": the plan has no steps");
		assertTrue(scripts.get("se6120").stream().flatMap(s -> s.commands().stream())
				.anyMatch(c -> c.text().startsWith("volslice ") || c.text().startsWith("lun map ")),
				variant + ": the 6120's script types no volslice or lun map command");
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			Restripe.runAll(arrays, scripts, recordings);
			PlanOnSimulatedArraysTest.assertDiscoveredAsDesired(arrays, desired, recordings, variant);
		}
	}

	private static Consumer<Site> change(Consumer<Site> edit) {
		return edit;
	}

	static Lun lun(Site site, String name) {
		return find(site, "se6120-" + name, Lun.class);
	}

	static LunMapping mapping(Site site, String lunName) {
		Lun lun = lun(site, lunName);
		return find(site, "se6120", StorageUnit.class).getMappings().stream().filter(m -> m.getLun() == lun).findFirst()
				.orElseThrow();
	}
}
