package org.restripe.ui.desk;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/** Reads the desk's open views again after something changed the database. */
public final class DeskViews {
	private DeskViews() {
	}

	/**
	 * The desk views open in any perspective: findView sees only the current perspective's, and a kit built in
	 * Design or run in Operations moves a request the Desk must show when the engineer comes back to it.
	 */
	private static final Set<ViewPart> OPEN = new CopyOnWriteArraySet<>();

	static void opened(ViewPart view) {
		OPEN.add(view);
	}

	static void closed(ViewPart view) {
		OPEN.remove(view);
	}

	/** {@code outcome}: what changed, shown in the Requests view ("" for nothing). */
	public static void refresh(IWorkbenchPage page, String outcome) {
		for (ViewPart view : OPEN) {
			if (view.getSite().getPage() != page) {
				continue;
			}
			if (view instanceof RequestsView requests) {
				requests.report(outcome);
			} else if (view instanceof RequestHistoryView history) {
				history.reload();
			} else if (view instanceof CustomersView customers) {
				customers.reload();
			}
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
