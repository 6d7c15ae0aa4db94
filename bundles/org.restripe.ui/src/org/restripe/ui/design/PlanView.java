package org.restripe.ui.design;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.restripe.model.Site;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.PlannedStep;
import org.restripe.ui.Words;
import org.restripe.plan.Planner;

/**
 * The planner's ordered steps, each with its risk, from the current configuration to the desired one in the
 * active editor; recomputed after every change of the design. A refused plan lists the planner's reasons.
 * It can also show the steps between two configurations given to it (two kept versions of a site compared in
 * the Configuration History), until the engineer turns to a design again.
 */
public class PlanView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.plan";

	private TableViewer viewer;
	private ActiveDesignTracker tracker;
	private Plan plan;
	private List<String> refusals = List.of();
	private Between between;

	/** Two configurations to plan between, named for the view's description. */
	private record Between(String title, Site from, Site to) {
	}

	@Override
	public void createPartControl(Composite parent) {
		viewer = new DesignTable<>(parent, PlannedStep.class, 30)
				.column("#", 4, s -> Integer.toString(s.number()))
				.column("Array", 10, s -> s.step().unitName())
				.column("Step", 50, PlannedStep::summary)
				.column("Risk", 12, s -> s.changeClass().label())
				.column("Change", 12, s -> s.kind().getLiteral())
				.column("Minutes", 6, s -> Long.toString(s.estimate().toMinutes()))
				.column("After", 8, s -> s.prerequisiteNumbers().isEmpty() ? "" // an engineer reads "after 2, 3"
						: s.prerequisiteNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")))
				.viewer();
		getSite().setSelectionProvider(viewer);
		tracker = new ActiveDesignTracker(getSite().getPage(), d -> followDesign(), this::followDesign);
		refresh();
	}

	/**
	 * Shows the steps from {@code from} to {@code to}, e.g. "Version 2 to 5 of demo-site", until a design is
	 * activated or changed.
	 */
	public void showBetween(String title, Site from, Site to) {
		between = new Between(title, from, to);
		refresh();
	}

	/** What the view is comparing when not the active design, e.g. "Version 2 to 5 of demo-site"; else null. */
	public String comparing() {
		return between == null ? null : between.title();
	}

	private void followDesign() {
		between = null;
		refresh();
	}

	/** Plans again from the active design; the view's description says what the engineer is looking at. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		SiteDesign design = tracker == null ? null : tracker.design();
		plan = null;
		refusals = List.of();
		if (between == null && (design == null || design.current() == null)) {
			viewer.setInput(List.of());
			setContentDescription("Open a desired configuration (Design new configuration) to see its plan.");
			return;
		}
		String of = between == null ? "" : between.title() + ": ";
		try {
			plan = between == null ? new Planner().plan(design.current(), design.site())
					: new Planner().plan(between.from(), between.to());
			viewer.setInput(plan.steps());
			String same = between == null ? "No change: the design equals the current configuration."
					: "No change: both configure the arrays alike.";
			setContentDescription(of + (plan.isEmpty() ? same
					: Words.count(plan.steps().size(), "step") + ", risk " + plan.risk().label() + ", about "
							+ plan.parallelDuration().toMinutes() + " min with arrays in parallel"));
		} catch (PlanRefusedException e) {
			refusals = e.reasons();
			viewer.setInput(List.of());
			setContentDescription(of + "Refused: " + String.join("; ", refusals));
		}
	}

	/** The plan shown, or null when there is none (no desired design, or the planner refused it). */
	public Plan plan() {
		return plan;
	}

	public List<String> refusals() {
		return refusals;
	}

	public SiteDesign design() {
		return tracker == null ? null : tracker.design();
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.dispose();
		}
		super.dispose();
	}
}
