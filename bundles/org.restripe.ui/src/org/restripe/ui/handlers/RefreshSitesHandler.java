package org.restripe.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.views.SiteNavigatorView;

/** File > Refresh Sites: re-reads the site files, e.g. after a kit or a discovery wrote one. */
public class RefreshSitesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page != null && page.findView(SiteNavigatorView.ID) instanceof SiteNavigatorView view) {
			view.refresh();
		}
		return null;
	}
}
