package org.restripe.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.t3.T3Driver;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.Planner;

/**
 * Diff + order + render of a plan where 1% of the LUNs change size, on a site that passes review (6120s of 64
 * LUN slices, {@link LargeSiteGenerator#withinCatalog}), against fair baselines measured in the same rounds:
 * a bare keyed diff of the same records (LUNs and mappings by id) array by array on the planner's threads (a
 * parallel stream over the arrays, as the planner does) and on one thread; and the planner on a desired site
 * whose LUN and mapping lists are shuffled, so it must pair them by id rather than by position. Argument:
 * LUNs (default 100000; 1000000 for the large figure).
 */
public final class PlanBench {
	public static void main(String[] args) throws Exception {
		int wanted = args.length >= 1 ? Integer.parseInt(args[0]) : 100_000;
		LargeSiteGenerator generator = LargeSiteGenerator.withinCatalog(wanted);
		Site current = generator.generate(1);
		Site desired = EcoreUtil.copy(current);
		int changed = PlanFixture.resizeOnePercent(desired);
		Site shuffled = EcoreUtil.copy(desired);
		shuffle(shuffled, new Random(11));
		PlanFixture.requireCleanReview(current, "current");
		PlanFixture.requireCleanReview(desired, "desired");
		PlanFixture.requireCleanReview(shuffled, "shuffled desired");
		Bench.header("Plan of " + generator.lunCount() + " LUNs (review clean), " + changed + " resized; planner on "
				+ java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + "+1 threads");
		T3Driver driver = new T3Driver();
		Map<String, Bench.Work<Integer>> figures = new LinkedHashMap<>();
		figures.put("bare keyed diff, planner's threads", () -> bareKeyedDiff(current, desired, true));
		figures.put("bare keyed diff, one thread", () -> bareKeyedDiff(current, desired, false));
		figures.put("diff+order+render, ids aligned", () -> planAndRender(current, desired, driver));
		figures.put("diff+order+render, shuffled (by id)", () -> planAndRender(current, shuffled, driver));
		Map<String, List<Double>> warm = new LinkedHashMap<>();
		for (int round = 1; round <= ROUNDS; round++) {
			StringBuilder line = new StringBuilder("round " + round + ":");
			for (Map.Entry<String, Bench.Work<Integer>> figure : figures.entrySet()) {
				var timed = Bench.time(figure.getValue());
				line.append(String.format(java.util.Locale.ROOT, " %s %.0f ms (%d);", figure.getKey(), timed.millis(),
						timed.value()));
				if (round > WARM_UP) {
					warm.computeIfAbsent(figure.getKey(), k -> new ArrayList<>()).add(timed.millis());
				}
			}
			System.out.println(line);
		}
		// single runs of ~100 ms swing with GC and JIT; the median of the warm rounds is the figure to quote
		boolean large = generator.lunCount() > 500_000;
		warm.forEach((figure, times) -> Spread.print(figure + " (warm)", Spread.of(times), "%.0f", "ms",
				figure.startsWith("diff") ? (large ? "<= 5000 ms" : "<= 1000 ms") : null));
		double bare = Spread.of(warm.get("bare keyed diff, planner's threads")).median();
		Bench.print("ratio aligned / bare (same threads)",
				Spread.of(warm.get("diff+order+render, ids aligned")).median() / bare, "x", "<= 2");
		Bench.print("ratio shuffled / bare (same threads)",
				Spread.of(warm.get("diff+order+render, shuffled (by id)")).median() / bare, "x", "<= 2");
		Bench.print("heap with the three sites", Bench.usedHeap() / 1e6, "MB", large ? "<= 1000 MB a site pair" : null);
		// keeps the sites reachable until the heap is measured
		System.out.println("sites: " + current.getName() + " / " + desired.getSubsystems().size() + " / "
				+ shuffled.getSubsystems().size() + " subsystems");
	}

	private static final int ROUNDS = 30;
	private static final int WARM_UP = 10; // JIT and heap sizing settle in the first rounds

	private static int planAndRender(Site current, Site desired, T3Driver driver) throws Exception {
		Plan plan = new Planner().plan(current, desired);
		List<RenderedStep> rendered = new ArrayList<>(plan.steps().size());
		for (PlannedStep s : plan.steps()) {
			rendered.add(driver.render(s.step()));
		}
		return rendered.size();
	}

	/**
	 * The least a by-id comparison of the same records must do, array by array as the planner pairs them:
	 * index the current array's LUNs and mappings, look the desired ones up.
	 */
	private static int bareKeyedDiff(Site current, Site desired, boolean parallel) {
		Map<String, StorageUnit> before = new HashMap<>();
		units(current).forEach(u -> before.put(u.getId(), u));
		List<StorageUnit> after = units(desired);
		return (parallel ? after.parallelStream() : after.stream())
				.mapToInt(u -> unitDifferences(before.get(u.getId()), u)).sum();
	}

	private static int unitDifferences(StorageUnit current, StorageUnit desired) {
		Map<String, Object> before = new HashMap<>(2 * (current.getLuns().size() + current.getMappings().size()));
		current.getLuns().forEach(l -> before.put(l.getId(), l));
		current.getMappings().forEach(m -> before.put(m.getId(), m));
		int differences = 0;
		for (Lun l : desired.getLuns()) {
			Object old = before.get(l.getId());
			if (!(old instanceof Lun) || ((Lun) old).getSize() != l.getSize()) {
				differences++;
			}
		}
		for (LunMapping m : desired.getMappings()) {
			Object old = before.get(m.getId());
			if (!(old instanceof LunMapping) || ((LunMapping) old).getLunNumber() != m.getLunNumber()) {
				differences++;
			}
		}
		return differences;
	}

	/** Puts every array's LUNs and mappings in a random order: the same configuration, ids no longer aligned. */
	private static void shuffle(Site site, Random random) {
		for (StorageUnit u : units(site)) {
			shuffle(u.getLuns(), random);
			shuffle(u.getMappings(), random);
		}
	}

	private static <T> void shuffle(EList<T> list, Random random) {
		List<T> order = new ArrayList<>(list);
		Collections.shuffle(order, random);
		ECollections.setEList(list, order);
	}

	private static List<StorageUnit> units(Site site) {
		List<StorageUnit> units = new ArrayList<>();
		for (Subsystem s : site.getSubsystems()) {
			units.addAll(s.getStorageUnits());
		}
		return units;
	}
}
