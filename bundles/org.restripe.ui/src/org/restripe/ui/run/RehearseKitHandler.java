package org.restripe.ui.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.ui.RestripeUi;

/**
 * "Rehearse Kit...": offers the kit and site as Run Kit does. No secure storage is opened: the twin has
 * passwords of its own and the real site is never called.
 */
public class RehearseKitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		RunKitHandler.Suggestion suggested = RunKitHandler.suggest(event, window);
		RehearseKitFlow.start(window.getShell(), RestripeUi.dataDirectory().path(), RestripeUi.dataDirectory().sites(),
				suggested.kit(), suggested.site());
		return null;
	}
}
