package org.restripe.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.design.ReviewView;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteNavigatorView;

/** Where a new configuration is designed: the sites on the left, the diagram editors, their properties below. */
public class DesignPerspective implements IPerspectiveFactory {
	public static final String ID = "org.restripe.ui.perspective.design";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(SiteNavigatorView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(ReviewView.ID);
		bottom.addView(PlanView.ID);
		bottom.addPlaceholder(SessionView.ID);
		IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.60f, "left");
		leftBottom.addView(IPageLayout.ID_OUTLINE);
		layout.getViewLayout(SiteNavigatorView.ID).setCloseable(true);
		layout.addShowViewShortcut(SiteNavigatorView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ReviewView.ID);
		layout.addShowViewShortcut(PlanView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(SessionView.ID);
	}
}
