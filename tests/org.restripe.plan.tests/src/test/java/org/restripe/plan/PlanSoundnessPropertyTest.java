package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.DiskRole;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.VolumeState;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.model.samples.SiteBuilder;

/**
 * Soundness over random pairs: a generated site and a copy edited by a random mutator with a fixed seed;
 * the plan between them, applied to a copy of the first, must give exactly the second.
 */
class PlanSoundnessPropertyTest {

	static List<Long> seeds() {
		List<Long> seeds = new ArrayList<>();
		for (long seed = 1; seed <= 200; seed++) {
			seeds.add(seed);
		}
		return seeds;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyPlanReachesItsDesiredSite(long seed) {
		Random random = new Random(seed);
		Site current = new LargeSiteGenerator(2, 2, 4, 3).generate(seed);
		Site desired = Sites.copy(current);
		List<String> edits = new ArrayList<>();
		int count = 1 + random.nextInt(6);
		for (int i = 0; i < count; i++) {
			edits.add(mutate(desired, random));
		}
		try {
			Plan plan = PlanProof.provenPlan(current, desired);
			for (PlannedStep s : plan.steps()) {
				s.prerequisiteNumbers().forEach(n -> assertTrue(n < s.number(), "seed " + seed + ": " + s));
			}
		} catch (PlanRefusedException e) {
			fail("seed " + seed + " after " + edits + ": " + e.reasons());
		}
	}

	private static String mutate(Site site, Random random) {
		List<StorageUnit> units = new ArrayList<>();
		for (Subsystem s : site.getSubsystems()) {
			units.addAll(s.getStorageUnits());
		}
		StorageUnit unit = units.get(random.nextInt(units.size()));
		int what = random.nextInt(9);
		switch (what) {
		case 0 -> pick(unit.getVolumes(), random).ifPresent(v -> Sites.changeRaidLevel(v,
				RaidLevel.VALUES.get((RaidLevel.VALUES.indexOf(v.getRaidLevel()) + 1) % 3)));
		case 1 -> pick(unit.getLuns(), random).ifPresent(l -> l.setSize(l.getSize() / 2 + 1_000_000L));
		case 2 -> pick(unit.getLuns(), random).ifPresent(l -> removeLun(unit, l));
		case 3 -> pick(unit.getVolumes(), random).ifPresent(v -> addLun(unit, v, random));
		case 4 -> pick(unit.getMappings(), random).ifPresent(m -> m.setPort(unit.getPorts().get(random.nextInt(unit.getPorts().size()))));
		case 5 -> unit.getCache().setBlockSize(BlockSize.VALUES.get(random.nextInt(3)));
		case 6 -> unit.getCache().setCacheMode(CacheMode.VALUES.get(random.nextInt(4)));
		case 7 -> pick(unit.getVolumes(), random).ifPresent(v -> v.setState(
				v.getState() == VolumeState.MOUNTED ? VolumeState.UNMOUNTED : VolumeState.MOUNTED));
		default -> pick(unit.getVolumes(), random).ifPresent(v -> removeVolume(unit, v));
		}
		return unit.getId() + ":" + what;
	}

	private static <T> java.util.Optional<T> pick(List<T> list, Random random) {
		return list.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(list.get(random.nextInt(list.size())));
	}

	private static void removeLun(StorageUnit unit, Lun lun) {
		unit.getMappings().removeIf(m -> m.getLun() == lun);
		unit.getLuns().remove(lun);
	}

	private static void addLun(StorageUnit unit, Volume volume, Random random) {
		Lun lun = SiteBuilder.lun(unit, volume.getName() + "x" + random.nextInt(1_000_000), volume, 1_000_000_000L);
		LunMapping first = unit.getMappings().isEmpty() ? null : unit.getMappings().get(0);
		if (first != null) {
			int free = unit.getMappings().stream().mapToInt(LunMapping::getLunNumber).max().orElse(0) + 1;
			SiteBuilder.map(unit, lun, first.getHost(), free);
		}
	}

	private static void removeVolume(StorageUnit unit, Volume volume) {
		new ArrayList<>(unit.getLuns()).stream().filter(l -> l.getVolume() == volume).forEach(l -> removeLun(unit, l));
		volume.getDataDisks().forEach(d -> d.setRole(DiskRole.UNASSIGNED));
		unit.getVolumes().remove(volume);
	}
}
