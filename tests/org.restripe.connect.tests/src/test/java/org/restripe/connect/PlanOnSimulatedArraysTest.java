package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.Identified;
import org.restripe.model.Lun;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.plan.PlanRefusedException;

/**
 * Soundness against the arrays themselves: for the demo site and a desired variant of it, the plan's
 * T3 scripts, run over TCP on the simulator's arrays, leave every array in the desired configuration as
 * discovery reads it back through the same driver.
 */
class PlanOnSimulatedArraysTest {
	@TempDir
	Path recordings;

	static Stream<Arguments> variants() {
		return Stream.of(
				Arguments.of("RAID level change: t3a v0 RAID 5 to RAID 1", edit(site -> {
					Volume v0 = find(site, "t3a-v0", Volume.class);
					v0.setRaidLevel(RaidLevel.RAID1);
					find(site, "t3a-lun0", Lun.class).setSize(v0.getCapacity());
				})),
				Arguments.of("hot spare taken off t3b v0", edit(site -> find(site, "t3b-v0", Volume.class).setStandby(null))),
				Arguments.of("block size 64k to 16k on t3c, its volume rebuilt",
						edit(site -> find(site, "t3c", StorageUnit.class).getCache().setBlockSize(BlockSize.K16))),
				Arguments.of("new volume: t3d split into v0 u1d1-4 and v1 u1d5-8 sharing hot spare u1d9", edit(site -> {
					StorageUnit t3d = find(site, "t3d", StorageUnit.class);
					Volume v0 = find(site, "t3d-v0", Volume.class);
					v0.getDataDisks().retainAll(SiteBuilder.disks(t3d, 1, 1, 4));
					SiteBuilder.volume(t3d, "v1", RaidLevel.RAID5, SiteBuilder.disks(t3d, 1, 5, 8), v0.getStandby());
					find(site, "t3d-lun0", Lun.class).setSize(v0.getCapacity());
				})),
				Arguments.of("cache of the 6120: write-through, no read-ahead, fast reconstruction", edit(site -> {
					StorageUnit se6120 = find(site, "se6120", StorageUnit.class);
					se6120.getCache().setCacheMode(CacheMode.WRITETHROUGH);
					se6120.getCache().setReadAhead(false);
					se6120.getCache().setReconRate(ReconRate.HIGH);
				})),
				Arguments.of("t3a volume unmounted for maintenance",
						edit(site -> find(site, "t3a-v0", Volume.class).setState(VolumeState.UNMOUNTED))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void theArraysEndUpAsDesigned(String variant, Consumer<Site> change) throws Exception {
		Site current = DemoSite.create();
		Site desired = EcoreUtil.copy(current);
		change.accept(desired);
		Map<String, List<RenderedStep>> scripts = Restripe.scripts(current, desired);
		assertFalse(scripts.isEmpty(), variant + ": the plan has no steps");
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			Restripe.runAll(arrays, scripts, recordings);
			assertDiscoveredAsDesired(arrays, desired, recordings, variant);
		}
	}

	/**
	 * Plans the way from {@code current} to {@code desired}, runs every array's script on a simulator of the
	 * current site and asserts that discovery reads the design back; a refused plan fails, naming the variant.
	 */
	static void assertScriptsReachTheDesign(Site current, Site desired, Path recordings, String variant)
			throws Exception {
		Map<String, List<RenderedStep>> scripts;
		try {
			scripts = Restripe.scripts(current, desired);
		} catch (PlanRefusedException e) {
			fail(variant + ": the planner refused " + e.reasons());
			return;
		}
		try (SimulatedArrays arrays = new SimulatedArrays(current)) {
			Restripe.runAll(arrays, scripts, recordings);
			assertDiscoveredAsDesired(arrays, desired, recordings, variant);
		}
	}

	static void assertDiscoveredAsDesired(SimulatedArrays arrays, Site desired, Path recordings, String variant)
			throws Exception {
		Map<String, StorageUnit> discovered = Restripe.discoverAll(arrays, desired, recordings);
		for (StorageUnit wanted : Restripe.units(desired)) {
			List<String> expected = sorted(Restripe.discoverable(wanted, true));
			List<String> actual = sorted(Restripe.discoverable(discovered.get(wanted.getName()), false));
			assertEquals(String.join("\n", expected), String.join("\n", actual),
					variant + ": " + wanted.getName() + " as discovered after the script");
		}
	}

	private static List<String> sorted(List<String> lines) {
		return lines.stream().sorted().toList();
	}

	private static Consumer<Site> edit(Consumer<Site> change) {
		return change;
	}

	static <T extends Identified> T find(Site site, String id, Class<T> type) {
		for (var it = site.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified && id.equals(((Identified) e).getId())) {
				return type.cast(e);
			}
		}
		throw new IllegalArgumentException("no " + id + " in the site");
	}
}
