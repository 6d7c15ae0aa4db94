package org.restripe.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.MirrorMode;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;

/**
 * Seeded random desired variants of the demo site's T3 arrays, run end to end on the simulator. The sliced
 * 6120's slices and LUN map take their own random changes in {@link RandomSliceChangesOnSimulatedArraysTest}.
 */
class RandomChangesOnSimulatedArraysTest {
	private static final List<String> T3S = List.of("t3a", "t3b", "t3c", "t3d");

	@TempDir
	Path recordings;

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 12);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomChangesReachTheArraysExactly(long seed) throws Exception {
		Random random = new Random(seed);
		Site current = DemoSite.create();
		Site desired = EcoreUtil.copy(current);
		List<String> edits = new ArrayList<>();
		for (int i = 1 + random.nextInt(4); i > 0; i--) {
			edits.add(mutate(desired, random));
		}
		PlanOnSimulatedArraysTest.assertScriptsReachTheDesign(current, desired, recordings, "seed " + seed + " " + edits);
	}

	private static String mutate(Site site, Random random) {
		String name = T3S.get(random.nextInt(T3S.size()));
		StorageUnit unit = PlanOnSimulatedArraysTest.find(site, name, StorageUnit.class);
		Volume v0 = unit.getVolumes().get(0);
		CacheSettings cache = unit.getCache();
		switch (random.nextInt(8)) {
		case 0 -> changeRaidLevel(unit, v0, RaidLevel.VALUES.get(random.nextInt(RaidLevel.VALUES.size())));
		case 1 -> cache.setBlockSize(BlockSize.VALUES.get(random.nextInt(BlockSize.VALUES.size())));
		case 2 -> cache.setCacheMode(CacheMode.VALUES.get(random.nextInt(CacheMode.VALUES.size())));
		case 3 -> cache.setReconRate(ReconRate.VALUES.get(random.nextInt(ReconRate.VALUES.size())));
		case 4 -> cache.setReadAhead(!cache.isReadAhead());
		case 5 -> cache.setMirror(MirrorMode.VALUES.get(random.nextInt(MirrorMode.VALUES.size())));
		case 6 -> v0.setState(v0.getState() == VolumeState.MOUNTED ? VolumeState.UNMOUNTED : VolumeState.MOUNTED);
		default -> toggleHotSpare(unit, v0);
		}
		return name + " " + describe(unit);
	}

	private static void changeRaidLevel(StorageUnit unit, Volume v0, RaidLevel level) {
		v0.setRaidLevel(level);
		if (level == RaidLevel.RAID0) {
			// a RAID 0 volume cannot be rebuilt: a hot spare on it would be a design error
			v0.setStandby(null);
		}
		unit.getLuns().get(0).setSize(v0.getCapacity());
	}

	private static void toggleHotSpare(StorageUnit unit, Volume v0) {
		if (v0.getStandby() != null) {
			v0.setStandby(null);
		} else if (v0.getRaidLevel() != RaidLevel.RAID0) {
			v0.setStandby(SiteBuilder.disk(unit, 1, 9));
		}
	}

	private static String describe(StorageUnit unit) {
		Volume v0 = unit.getVolumes().get(0);
		CacheSettings c = unit.getCache();
		return v0.getRaidLevel() + "/" + (v0.getStandby() == null ? "no spare" : "spare") + "/" + v0.getState() + "/"
				+ c.getBlockSize() + "/" + c.getCacheMode() + "/" + c.getReconRate() + "/rd_ahead=" + c.isReadAhead()
				+ "/mirror=" + c.getMirror();
	}
}
