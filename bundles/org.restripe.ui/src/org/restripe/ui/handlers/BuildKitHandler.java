package org.restripe.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.IEditorSite;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.plan.Planner;
import org.restripe.plan.PlanRefusedException;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.kit.DialogKitFeedback;
import org.restripe.ui.kit.KitBuilds;

/**
 * "Build kit...": enabled while the active editor is a desired configuration whose plan has steps. The
 * plan-ness is recomputed when that design changes (the Plan view plans as often), not on every selection.
 */
public class BuildKitHandler extends AbstractHandler {
	private SiteDesign followed;
	private final Runnable designChanged = this::designChanged;
	private boolean hasPlan;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
		SiteDesign design = editor.getAdapter(SiteDesign.class);
		if (!KitBuilds.isDesired(design)) {
			throw new ExecutionException("Open a desired configuration (Design new configuration) to build its kit");
		}
		IWorkbenchPart part = HandlerUtil.getActivePartChecked(event);
		KitBuilds.start(design, new DialogKitFeedback(part.getSite().getShell(), statusLine(part.getSite())));
		return null;
	}

	private static IStatusLineManager statusLine(IWorkbenchPartSite site) {
		if (site instanceof IViewSite view) {
			return view.getActionBars().getStatusLineManager();
		}
		return ((IEditorSite) site).getActionBars().getStatusLineManager();
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object editor = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
		SiteDesign design = editor instanceof IEditorPart part ? part.getAdapter(SiteDesign.class) : null;
		follow(KitBuilds.isDesired(design) ? design : null);
		setBaseEnabled(followed != null && hasPlan);
	}

	private void follow(SiteDesign design) {
		if (design == followed) {
			return;
		}
		if (followed != null) {
			followed.removeDesignListener(designChanged);
		}
		followed = design;
		hasPlan = design != null && planHasSteps(design);
		if (design != null) {
			design.addDesignListener(designChanged);
		}
	}

	private void designChanged() {
		boolean was = hasPlan;
		hasPlan = followed != null && planHasSteps(followed);
		if (was != hasPlan) {
			setBaseEnabled(hasPlan); // fires the handler change, so menus and the Plan view's button follow
		}
	}

	/** Refusals still enable the command: building then shows the engineer every reason in one dialog. */
	private static boolean planHasSteps(SiteDesign design) {
		try {
			return !new Planner().plan(design.current(), design.site()).isEmpty();
		} catch (PlanRefusedException e) {
			return true;
		}
	}

	@Override
	public void dispose() {
		follow(null);
		super.dispose();
	}
}
