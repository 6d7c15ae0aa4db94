package org.restripe.ui.monitoring;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Where a site's monitoring is watched: the sites on the left, the dashboard (capacity, forecast, port load)
 * in the middle, the recommendations below, the Progress view beside them for polls under way.
 */
public class MonitoringPerspective implements IPerspectiveFactory {
	public static final String ID = "org.restripe.ui.perspective.monitoring";
	private static final String SITES = "org.restripe.ui.views.siteNavigator";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("monitoring.left", IPageLayout.LEFT, 0.18f, editors);
		left.addView(SITES);
		IFolderLayout top = layout.createFolder("monitoring.top", IPageLayout.TOP, 0.95f, editors);
		top.addView(DashboardView.ID);
		IFolderLayout bottom = layout.createFolder("monitoring.bottom", IPageLayout.BOTTOM, 0.66f, "monitoring.top");
		bottom.addView(RecommendationsView.ID);
		bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
		layout.addShowViewShortcut(DashboardView.ID);
		layout.addShowViewShortcut(RecommendationsView.ID);
		layout.addShowViewShortcut(SITES);
		layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
	}
}
