package org.restripe.ui.desk.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.desk.DeskViews;

/** Desk > Refresh: the desk's views read the database again. */
public class RefreshDeskHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		DeskViews.refresh(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), "");
		return null;
	}
}
