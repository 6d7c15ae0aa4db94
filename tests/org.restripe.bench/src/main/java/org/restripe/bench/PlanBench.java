package org.restripe.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * Diff + order + render of a plan where 1% of the LUNs change size, against a bare keyed diff of the same
 * records (LUNs and mappings by id) measured in the same run. Arguments: subsystems arrays volumes luns
 * (default 10 10 10 100 = 100k LUNs; 10 10 100 100 = 1M LUNs).
 */
public final class PlanBench {
	public static void main(String[] args) throws Exception {
		int[] n = args.length == 4 ? new int[] { Integer.parseInt(args[0]), Integer.parseInt(args[1]),
				Integer.parseInt(args[2]), Integer.parseInt(args[3]) } : new int[] { 10, 10, 10, 100 };
		Site current = new LargeSiteGenerator(n[0], n[1], n[2], n[3]).generate(1);
		Site desired = EcoreUtil.copy(current);
		int changed = resizeOnePercent(desired);
		Bench.header("Plan of " + (long) n[0] * n[1] * n[2] * n[3] + " LUNs, " + changed + " resized");
		T3Driver driver = new T3Driver();
		List<Double> bareTimes = new ArrayList<>();
		List<Double> planTimes = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			var bare = Bench.time(() -> bareKeyedDiff(current, desired));
			var planned = Bench.time(() -> planAndRender(current, desired, driver));
			System.out.printf("round %d: bare keyed diff %.0f ms (%d differences), diff+order+render %.0f ms (%d steps),"
					+ " ratio %.2f%n", round, bare.millis(), bare.value(), planned.millis(), planned.value(),
					planned.millis() / bare.millis());
			if (round > WARM_UP) {
				bareTimes.add(bare.millis());
				planTimes.add(planned.millis());
			}
		}
		// single runs of ~100 ms swing with GC and JIT; the median of the warm rounds is the figure to quote
		double bareMedian = median(bareTimes);
		double planMedian = median(planTimes);
		Bench.print("median bare keyed diff (warm)", bareMedian, "ms", null);
		Bench.print("median diff+order+render (warm)", planMedian, "ms", n[2] >= 100 ? "<= 5000 ms" : "<= 1000 ms");
		Bench.print("median ratio", planMedian / bareMedian, "x", "<= 2");
		Bench.print("heap with both sites", Bench.usedHeap() / 1e6, "MB", "<= 1000 MB");
		// keeps both sites reachable until the heap is measured
		System.out.println("sites: " + current.getName() + " / " + desired.getSubsystems().size() + " subsystems");
	}

	private static final int ROUNDS = 30;
	private static final int WARM_UP = 10; // JIT and heap sizing settle in the first rounds

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

	private static int planAndRender(Site current, Site desired, T3Driver driver) throws Exception {
		Plan plan = new Planner().plan(current, desired);
		List<RenderedStep> rendered = new ArrayList<>(plan.steps().size());
		for (PlannedStep s : plan.steps()) {
			rendered.add(driver.render(s.step()));
		}
		return rendered.size();
	}

	/** The least a by-id comparison of the same records must do: index one side, look the other up. */
	private static int bareKeyedDiff(Site current, Site desired) {
		Map<String, Object> before = new HashMap<>();
		for (StorageUnit u : units(current)) {
			u.getLuns().forEach(l -> before.put(l.getId(), l));
			u.getMappings().forEach(m -> before.put(m.getId(), m));
		}
		int differences = 0;
		for (StorageUnit u : units(desired)) {
			for (Lun l : u.getLuns()) {
				Object old = before.get(l.getId());
				if (!(old instanceof Lun) || ((Lun) old).getSize() != l.getSize()) {
					differences++;
				}
			}
			for (LunMapping m : u.getMappings()) {
				Object old = before.get(m.getId());
				if (!(old instanceof LunMapping) || ((LunMapping) old).getLunNumber() != m.getLunNumber()) {
					differences++;
				}
			}
		}
		return differences;
	}

	private static int resizeOnePercent(Site site) {
		Random random = new Random(7);
		int changed = 0;
		for (StorageUnit u : units(site)) {
			for (Lun l : u.getLuns()) {
				if (random.nextInt(100) == 0) {
					l.setSize(l.getSize() / 2);
					changed++;
				}
			}
		}
		return changed;
	}

	private static List<StorageUnit> units(Site site) {
		List<StorageUnit> units = new ArrayList<>();
		for (Subsystem s : site.getSubsystems()) {
			units.addAll(s.getStorageUnits());
		}
		return units;
	}
}
