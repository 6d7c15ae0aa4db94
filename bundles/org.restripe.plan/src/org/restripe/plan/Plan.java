package org.restripe.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.restripe.drivers.api.Operation;
import org.restripe.model.ChangeKind;

/**
 * The ordered, risk-rated steps that turn the current site into the desired one. Steps are numbered from 1
 * in the order they run; each array's steps form a lane, and lanes share no dependency, so arrays may be
 * reconfigured in parallel.
 */
public final class Plan {
	private final List<PlannedStep> steps;
	private final Map<String, List<PlannedStep>> lanes;

	Plan(Map<String, List<PlannedStep>> orderedLanes) {
		List<PlannedStep> all = new ArrayList<>();
		Map<String, List<PlannedStep>> byUnit = new LinkedHashMap<>();
		orderedLanes.forEach((unit, lane) -> {
			for (PlannedStep s : lane) {
				all.add(s);
				s.number(all.size());
			}
			byUnit.put(unit, Collections.unmodifiableList(lane));
		});
		this.steps = Collections.unmodifiableList(all);
		this.lanes = Collections.unmodifiableMap(byUnit);
	}

	/** Every step in the order it runs. */
	public List<PlannedStep> steps() {
		return steps;
	}

	/** The steps of each storage unit (by id), in order; lanes are independent of one another. */
	public Map<String, List<PlannedStep>> lanes() {
		return lanes;
	}

	public boolean isEmpty() {
		return steps.isEmpty();
	}

	/** The plan's risk: that of its riskiest step (online for an empty plan). */
	public ChangeClass risk() {
		ChangeClass worst = ChangeClass.ONLINE;
		for (PlannedStep s : steps) {
			worst = worst.worse(s.changeClass());
		}
		return worst;
	}

	public Set<ChangeKind> kinds() {
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		steps.forEach(s -> kinds.add(s.kind()));
		return kinds;
	}

	/** The points where the engineer must confirm a verified backup before data is destroyed. */
	public List<PlannedStep> confirmationPoints() {
		return steps.stream().filter(s -> s.step().operation() == Operation.CONFIRM_BACKUP).toList();
	}

	/** Time if one array is done after another. */
	public Duration sequentialDuration() {
		return steps.stream().map(PlannedStep::estimate).reduce(Duration.ZERO, Duration::plus);
	}

	/** Time if the arrays are reconfigured in parallel: the longest lane. */
	public Duration parallelDuration() {
		return lanes.values().stream()
				.map(lane -> lane.stream().map(PlannedStep::estimate).reduce(Duration.ZERO, Duration::plus))
				.max(Duration::compareTo).orElse(Duration.ZERO);
	}
}
