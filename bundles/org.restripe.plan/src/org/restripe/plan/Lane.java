package org.restripe.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.Step;
import org.restripe.model.ChangeKind;

/**
 * The steps of one storage unit. Arrays share nothing a plan changes, so lanes have no edges between them
 * and may run in parallel; inside a lane the steps form a dependency graph ordered deterministically.
 */
final class Lane {
	private static final Comparator<PlannedStep> PHASE_THEN_DRAFT = Comparator
			.comparingInt((PlannedStep s) -> s.step().operation().ordinal()).thenComparingInt(PlannedStep::sequence);

	private final String unitId;
	private final String unitName;
	private final List<PlannedStep> steps = new ArrayList<>();

	Lane(String unitId, String unitName) {
		this.unitId = unitId;
		this.unitName = unitName;
	}

	String unitId() {
		return unitId;
	}

	List<PlannedStep> steps() {
		return steps;
	}

	PlannedStep add(Operation op, String targetId, String targetName, Map<String, String> before,
			Map<String, String> after, ChangeKind kind, String summary) {
		long capacity = op == Operation.INIT_VOLUME ? Long.parseLong(after.getOrDefault("capacity", "0")) : 0L;
		Step step = new Step(op, unitId, unitName, targetId, targetName, before, after);
		PlannedStep planned = new PlannedStep(step, kind, classOf(op), Durations.of(op, capacity), summary,
				steps.size());
		steps.add(planned);
		return planned;
	}

	/** How much each operation disturbs the customer. */
	static ChangeClass classOf(Operation op) {
		if (op.isHardware()) {
			return ChangeClass.NEEDS_SITE_VISIT;
		}
		return switch (op) {
		case CONFIRM_BACKUP, REMOVE_LUN, REMOVE_VOLUME, REMOVE_CKD_DEVICE -> ChangeClass.DESTROYS_DATA;
		case UNMAP_LUN, UNMOUNT_VOLUME, VARY_CKD_OFFLINE -> ChangeClass.NEEDS_UNMOUNT;
		default -> ChangeClass.ONLINE;
		};
	}

	/**
	 * Kahn's topological sort, taking among the ready steps the earliest phase (operation order) and then
	 * the earliest drafted: the same sites always give the same plan.
	 */
	List<PlannedStep> ordered() {
		Map<PlannedStep, Integer> waiting = new IdentityHashMap<>();
		Map<PlannedStep, List<PlannedStep>> next = new IdentityHashMap<>();
		PriorityQueue<PlannedStep> ready = new PriorityQueue<>(PHASE_THEN_DRAFT);
		for (PlannedStep s : steps) {
			waiting.put(s, s.prerequisites().size());
			for (PlannedStep before : s.prerequisites()) {
				next.computeIfAbsent(before, k -> new ArrayList<>()).add(s);
			}
			if (s.prerequisites().isEmpty()) {
				ready.add(s);
			}
		}
		List<PlannedStep> order = new ArrayList<>(steps.size());
		while (!ready.isEmpty()) {
			PlannedStep s = ready.poll();
			order.add(s);
			for (PlannedStep after : next.getOrDefault(s, List.of())) {
				if (waiting.merge(after, -1, Integer::sum) == 0) {
					ready.add(after);
				}
			}
		}
		if (order.size() != steps.size()) {
			throw new IllegalStateException("dependency cycle among the steps of " + unitName);
		}
		return order;
	}

	/** Steps of one operation keyed by a value they carry, for linking. */
	Map<String, List<PlannedStep>> index(Operation op, String key) {
		Map<String, List<PlannedStep>> index = new HashMap<>();
		for (PlannedStep s : steps) {
			if (s.step().operation() == op) {
				for (String value : s.step().value(key).split("[,;]")) {
					index.computeIfAbsent(value.contains(":") ? value.substring(0, value.indexOf(':')) : value,
							k -> new ArrayList<>()).add(s);
				}
			}
		}
		return index;
	}
}
