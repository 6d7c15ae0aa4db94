package org.restripe.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.Site;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;
import org.restripe.review.rules.DuplicateIdRule;

/**
 * The soundness check of a plan: apply its steps to an in-memory copy of the current site and require the
 * desired array configuration, exactly. A plan that fails is refused with the step or the elements at fault.
 */
public final class PlanProof {
	private PlanProof() {
	}

	/**
	 * Reviews, plans and proves in one go: the desired site must pass the technical review without an
	 * error (a LUN larger than its volume, say, cannot be reached by any script), and the plan returned is
	 * known to reach the desired configuration.
	 */
	public static Plan provenPlan(Site current, Site desired) throws PlanRefusedException {
		return reviewedPlan(current, desired).plan();
	}

	/** A proven plan and the review's warnings on the change ({@link #reviewWarnings}), from the one review. */
	public static final class ReviewedPlan {
		private final Plan plan;
		private final Site desired;
		private final List<Finding> warnings;

		private ReviewedPlan(Plan plan, Site desired, List<Finding> warnings) {
			this.plan = plan;
			this.desired = desired;
			this.warnings = warnings;
		}

		public Plan plan() {
			return plan;
		}

		/** The warnings as {@link #reviewWarnings} says them, put in words only when asked for. */
		public List<String> warnings() {
			return PlanProof.warnings(desired, warnings);
		}
	}

	/**
	 * {@link #provenPlan}, keeping the warnings of the review it makes: a command that shows them does not
	 * review the sites a second time (a tenth of a large plan's time after the load).
	 */
	public static ReviewedPlan reviewedPlan(Site current, Site desired) throws PlanRefusedException {
		refuseAmbiguousIds(current, desired);
		List<Finding> findings = Review.standard().review(current, desired, null);
		List<String> reasons = new ArrayList<>(errors(desired, findings));
		Plan plan;
		try {
			plan = new Planner().plan(current, desired);
		} catch (PlanRefusedException e) {
			reasons.addAll(e.reasons()); // every reason at once, so the engineer fixes the design in one pass
			throw new PlanRefusedException(reasons);
		}
		if (!reasons.isEmpty()) {
			throw new PlanRefusedException(reasons);
		}
		prove(current, plan, desired);
		return new ReviewedPlan(plan, desired,
				findings.stream().filter(f -> f.severity() == Severity.WARNING).toList());
	}

	/** Refuses a desired site with technical review errors, listing each with the element at fault. */
	public static void refuseUnsoundDesign(Site desired) throws PlanRefusedException {
		List<String> errors = reviewErrors(desired);
		if (!errors.isEmpty()) {
			throw new PlanRefusedException(errors);
		}
	}

	/**
	 * The plan pairs the two sites' elements by id: with one id on two elements either side, every
	 * difference it would report is a guess, so only the colliding ids are reported.
	 */
	private static void refuseAmbiguousIds(Site current, Site desired) throws PlanRefusedException {
		List<String> reasons = new ArrayList<>(idErrors("current", current));
		reasons.addAll(idErrors("desired", desired));
		if (!reasons.isEmpty()) {
			throw new PlanRefusedException(reasons);
		}
	}

	private static List<String> idErrors(String which, Site site) {
		return new Review(List.of(new DuplicateIdRule()), DeviceCatalog.standard()).review(site).stream()
				.map(f -> "the " + which + " configuration's ids are ambiguous [" + f.ruleId() + "] " + f.elementId()
						+ ": " + f.message())
				.toList();
	}

	private static List<String> reviewErrors(Site desired) {
		return errors(desired, Review.standard().review(desired));
	}

	private static List<String> errors(Site desired, List<Finding> findings) {
		Names names = new Names(desired);
		return findings.stream().filter(f -> f.severity() == Severity.ERROR)
				.map(f -> "the desired configuration fails review [" + f.ruleId() + "] " + names.of(f.elementId())
						+ ": " + f.message() + fix(f))
				.toList();
	}

	/**
	 * The review's warnings on the change from current to desired, e.g. every volume rebuilt for a new
	 * block size: the plan may go ahead, and the engineer reads them first.
	 */
	public static List<String> reviewWarnings(Site current, Site desired) {
		return warnings(desired, Review.standard().review(current, desired, null));
	}

	private static List<String> warnings(Site desired, List<Finding> findings) {
		Names names = new Names(desired);
		return findings.stream().filter(f -> f.severity() == Severity.WARNING)
				.map(f -> "[" + f.ruleId() + "] " + names.of(f.elementId()) + ": " + f.message() + fix(f)).toList();
	}

	/** What to change, naming the element and its property ("Fix: Set the block size of t3c to 64k."). */
	private static String fix(Finding finding) {
		return finding.fix() == null || finding.fix().isBlank() ? "" : " Fix: " + finding.fix();
	}

	/**
	 * The elements as the engineer knows them ("v0 on t3a"), not by their ids; an id not in the site as it is.
	 * The kit job plans on copies, which belong to no resource, so the site is walked, once for all the
	 * findings (walked again for each, a review of 100k LUNs with a warning a mapping took minutes).
	 */
	private static final class Names {
		private final Site site;
		private Map<String, org.restripe.model.Identified> byId;

		Names(Site site) {
			this.site = site;
		}

		String of(String elementId) {
			if (byId == null) {
				byId = new HashMap<>();
				for (var all = site.eAllContents(); all.hasNext();) {
					if (all.next() instanceof org.restripe.model.Identified element && element.getId() != null) {
						byId.putIfAbsent(element.getId(), element); // the first in the site, as a walk finds it
					}
				}
			}
			org.restripe.model.Identified element = byId.get(elementId);
			return element != null ? org.restripe.review.Labels.of(element) : String.valueOf(elementId);
		}
	}

	/**
	 * Refuses the plan unless applying it to a copy of current yields desired's array configuration. The
	 * configuration is array by array, so the arrays are proved one at a time ({@link ArrayByArrayProof}): each
	 * array the plan has steps for is copied, changed and compared on its own; the others must already stand as
	 * desired, and are compared as they are.
	 */
	public static void prove(Site current, Plan plan, Site desired) throws PlanRefusedException {
		List<String> differences;
		try {
			differences = new ArrayByArrayProof(current, plan, desired).differences();
		} catch (PlanApplyException e) {
			throw new PlanRefusedException(List.of("the plan cannot be applied: " + e.getMessage()));
		}
		if (!differences.isEmpty()) {
			List<String> reasons = new ArrayList<>();
			reasons.add("the plan does not reach the desired configuration (- after the plan, + desired)");
			reasons.addAll(differences);
			throw new PlanRefusedException(reasons);
		}
	}
}
