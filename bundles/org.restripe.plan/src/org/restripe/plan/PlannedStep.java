package org.restripe.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.restripe.drivers.api.Step;
import org.restripe.model.ChangeKind;

/**
 * One step of a plan: what changes on which array (the {@link Step}), the kind of change it serves, how
 * much it disturbs the customer, how long it is expected to take, and which steps must be done before it.
 */
public final class PlannedStep {
	private final Step step;
	private final ChangeKind kind;
	private final ChangeClass changeClass;
	private final Duration estimate;
	private final String summary;
	private final List<PlannedStep> prerequisites = new ArrayList<>(2);
	private final int sequence;
	private int number;

	PlannedStep(Step step, ChangeKind kind, ChangeClass changeClass, Duration estimate, String summary, int sequence) {
		this.step = step;
		this.kind = kind;
		this.changeClass = changeClass;
		this.estimate = estimate;
		this.summary = summary;
		this.sequence = sequence;
	}

	public Step step() {
		return step;
	}

	public ChangeKind kind() {
		return kind;
	}

	public ChangeClass changeClass() {
		return changeClass;
	}

	public Duration estimate() {
		return estimate;
	}

	/** The change in one line, e.g. "remove volume v0 (RAID 5 on u1d1-8)". */
	public String summary() {
		return summary;
	}

	/** Position in the plan, from 1; the order the steps of one array run in. */
	public int number() {
		return number;
	}

	/** The steps that must be done before this one, each for a reason of the array or the data. */
	public List<PlannedStep> prerequisites() {
		return Collections.unmodifiableList(prerequisites);
	}

	/** Numbers of {@link #prerequisites()}, ascending. */
	public List<Integer> prerequisiteNumbers() {
		return prerequisites.stream().map(PlannedStep::number).sorted().toList();
	}

	void requires(PlannedStep before) {
		if (before != null && before != this && !prerequisites.contains(before)) {
			prerequisites.add(before);
		}
	}

	void number(int value) {
		number = value;
	}

	int sequence() {
		return sequence;
	}

	@Override
	public String toString() {
		return number + ". [" + changeClass.label() + "] " + summary;
	}
}
