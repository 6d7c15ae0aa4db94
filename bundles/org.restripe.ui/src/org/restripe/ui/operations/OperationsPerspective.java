package org.restripe.ui.operations;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteNavigatorView;

/**
 * Where sessions, runs and their records are watched: the sites and the selected site's configuration history
 * on the left, the recordings on top, the live session, a replay and the plan between two versions below.
 */
public class OperationsPerspective implements IPerspectiveFactory {
	public static final String ID = "org.restripe.ui.perspective.operations";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("operations.left", IPageLayout.LEFT, 0.32f, editors);
		left.addView(SiteNavigatorView.ID);
		IFolderLayout history = layout.createFolder("operations.history", IPageLayout.BOTTOM, 0.35f, "operations.left");
		history.addView(HistoryView.ID);
		IFolderLayout top = layout.createFolder("operations.recordings", IPageLayout.TOP, 0.35f, editors);
		top.addView(RecordingsView.ID);
		IFolderLayout console = layout.createFolder("operations.console", IPageLayout.TOP, 0.95f, editors);
		console.addView(SessionView.ID);
		console.addView(ReplayView.ID);
		console.addView(PlanView.ID);
		layout.addShowViewShortcut(RecordingsView.ID);
		layout.addShowViewShortcut(ReplayView.ID);
		layout.addShowViewShortcut(HistoryView.ID);
		layout.addShowViewShortcut(SessionView.ID);
		layout.addShowViewShortcut(PlanView.ID);
		layout.addShowViewShortcut(SiteNavigatorView.ID);
		layout.addPerspectiveShortcut("org.restripe.ui.perspective.design");
	}
}
