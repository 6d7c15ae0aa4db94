package org.restripe.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > New Request...: opens the intake wizard and reports the new request in the status line. */
public class NewRequestHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IntakeWizard wizard = IntakeWizard.onWorkbench();
		if (new WizardDialog(window.getShell(), wizard).open() == Window.OK && wizard.openedRequest() != null) {
			var status = window.getActivePage() == null || window.getActivePage().getActivePart() == null ? null
					: window.getActivePage().getActivePart().getSite();
			String message = "Request " + wizard.openedRequest().id() + " received for " + wizard.openedRequest().siteName();
			if (status instanceof org.eclipse.ui.IViewSite view) {
				view.getActionBars().getStatusLineManager().setMessage(message);
			} else if (status instanceof org.eclipse.ui.IEditorSite editor) {
				editor.getActionBars().getStatusLineManager().setMessage(message);
			}
		}
		return null;
	}
}
