package org.restripe.ui.desk;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The business desk: customers and their contracts on the left, the request queue and its history beside. */
public class DeskPerspective implements IPerspectiveFactory {
	public static final String ID = "org.restripe.ui.perspective.desk";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editors = layout.getEditorArea();
		layout.addView(CustomersView.ID, IPageLayout.LEFT, 0.32f, editors);
		IFolderLayout queue = layout.createFolder("org.restripe.ui.desk.queue", IPageLayout.TOP, 0.62f, editors);
		queue.addView(RequestsView.ID);
		layout.addView(RequestHistoryView.ID, IPageLayout.BOTTOM, 0.62f, "org.restripe.ui.desk.queue");
		layout.addShowViewShortcut(CustomersView.ID);
		layout.addShowViewShortcut(RequestsView.ID);
		layout.addShowViewShortcut(RequestHistoryView.ID);
	}
}
