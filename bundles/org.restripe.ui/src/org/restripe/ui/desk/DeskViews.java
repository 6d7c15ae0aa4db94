package org.restripe.ui.desk;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Reads the desk's open views again after something changed the database. */
public final class DeskViews {
	private DeskViews() {
	}

	/** {@code outcome}: what changed, shown in the Requests view ("" for nothing). */
	public static void refresh(IWorkbenchPage page, String outcome) {
		if (page.findView(RequestsView.ID) instanceof RequestsView requests) {
			requests.report(outcome);
		}
		if (page.findView(RequestHistoryView.ID) instanceof RequestHistoryView history) {
			history.reload();
		}
		if (page.findView(CustomersView.ID) instanceof CustomersView customers) {
			customers.reload();
		}
	}

	/** As {@link #refreshActive(String)}, from any thread: the views are read again on the UI thread. */
	public static void refreshLater(String outcome) {
		if (PlatformUI.isWorkbenchRunning() && !PlatformUI.getWorkbench().getDisplay().isDisposed()) {
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> refreshActive(outcome));
		}
	}

	/** As {@link #refresh(IWorkbenchPage, String)} on the active window's page, if there is one. */
	public static void refreshActive(String outcome) {
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
				&& PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage() != null) {
			refresh(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), outcome);
		}
	}
}
