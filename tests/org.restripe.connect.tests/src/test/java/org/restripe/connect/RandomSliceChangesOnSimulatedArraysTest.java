package org.restripe.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restripe.model.Host;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;

/**
 * Seeded random changes of the demo 6120's slices and LUN map (sizes to the byte, new slices in the free
 * space left, slices removed, LUNs renumbered), run end to end on the simulator: discovery must read back
 * every slice at the size the array allocates for the planned one and every LUN number on its slice.
 */
class RandomSliceChangesOnSimulatedArraysTest {
	private static final long MB = 1_000_000L;

	@TempDir
	Path recordings;

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 10);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void randomSliceChangesReachTheArrayExactly(long seed) throws Exception {
		Random random = new Random(seed);
		Site current = DemoSite.create();
		Site desired = EcoreUtil.copy(current);
		StorageUnit unit = PlanOnSimulatedArraysTest.find(desired, "se6120", StorageUnit.class);
		List<String> edits = new ArrayList<>();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			edits.add(mutate(desired, unit, random, i));
		}
		PlanOnSimulatedArraysTest.assertScriptsReachTheDesign(current, desired, recordings, "seed " + seed + " " + edits);
	}

	private static String mutate(Site site, StorageUnit unit, Random random, int edit) {
		List<Lun> luns = unit.getLuns();
		switch (luns.isEmpty() ? 1 : random.nextInt(4)) {
		case 0 -> {
			Lun lun = luns.get(random.nextInt(luns.size()));
			long size = randomSize(random, freeOnArray(unit, lun.getVolume(), lun));
			lun.setSize(size);
			return "resize " + lun.getName() + " to " + size;
		}
		case 1 -> {
			Volume volume = unit.getVolumes().get(random.nextInt(unit.getVolumes().size()));
			long free = freeOnArray(unit, volume, null);
			if (free < 4 * MB) {
				return "no room for a new slice on " + volume.getName();
			}
			Lun lun = SiteBuilder.lun(unit, "new" + edit, volume, randomSize(random, free));
			int number = unusedLunNumber(unit, random);
			SiteBuilder.map(unit, lun, PlanOnSimulatedArraysTest.find(site, "host-web2", Host.class), number);
			return "new " + lun.getName() + " of " + lun.getSize() + " on " + volume.getName() + " as LUN " + number;
		}
		case 2 -> {
			Lun lun = luns.get(random.nextInt(luns.size()));
			unit.getMappings().removeIf(m -> m.getLun() == lun);
			luns.remove(lun);
			return "remove " + lun.getName();
		}
		default -> {
			if (unit.getMappings().isEmpty()) {
				return "nothing to renumber";
			}
			LunMapping m = unit.getMappings().get(random.nextInt(unit.getMappings().size()));
			m.setLunNumber(unusedLunNumber(unit, random));
			return "renumber " + m.getLun().getName() + " as LUN " + m.getLunNumber();
		}
		}
	}

	/** A size to the byte, at least 1 MB, that the array can still allocate in {@code free} bytes. */
	private static long randomSize(Random random, long free) {
		long size = MB + (long) (random.nextDouble() * (free - 3 * MB));
		while (Restripe.T3.lunSizeOnArray(size) > free) {
			size -= MB;
		}
		return size;
	}

	/** The bytes of the volume no slice takes once the array has allocated them, leaving out {@code except}. */
	private static long freeOnArray(StorageUnit unit, Volume volume, Lun except) {
		long blocks = volume.getCapacity() / 512 * 512;
		return blocks - unit.getLuns().stream().filter(l -> l.getVolume() == volume && l != except)
				.mapToLong(l -> Restripe.T3.lunSizeOnArray(l.getSize())).sum();
	}

	private static int unusedLunNumber(StorageUnit unit, Random random) {
		Set<Integer> used = unit.getMappings().stream().map(LunMapping::getLunNumber).collect(Collectors.toSet());
		int number = random.nextInt(16);
		while (used.contains(number)) {
			number = (number + 1) % 16;
		}
		return number;
	}
}
