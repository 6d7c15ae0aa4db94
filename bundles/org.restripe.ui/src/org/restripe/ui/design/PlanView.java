package org.restripe.ui.design;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.Planner;

/**
 * The planner's ordered steps, each with its risk, from the current configuration to the desired one in the
 * active editor; recomputed after every change of the design. A refused plan lists the planner's reasons.
 */
public class PlanView extends ViewPart {
	public static final String ID = "org.restripe.ui.views.plan";

	private TableViewer viewer;
	private ActiveDesignTracker tracker;
	private Plan plan;
	private List<String> refusals = List.of();

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
		tracker = new ActiveDesignTracker(getSite().getPage(), d -> refresh(), this::refresh);
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
		if (design == null || design.current() == null) {
			viewer.setInput(List.of());
			setContentDescription("Open a desired configuration (Design new configuration) to see its plan.");
			return;
		}
		try {
			plan = new Planner().plan(design.current(), design.site());
			viewer.setInput(plan.steps());
			setContentDescription(plan.isEmpty() ? "No change: the design equals the current configuration."
					: plan.steps().size() + " steps, risk " + plan.risk().label() + ", about "
							+ plan.parallelDuration().toMinutes() + " min with arrays in parallel");
		} catch (PlanRefusedException e) {
			refusals = e.reasons();
			viewer.setInput(List.of());
			setContentDescription("Refused: " + String.join("; ", refusals));
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
