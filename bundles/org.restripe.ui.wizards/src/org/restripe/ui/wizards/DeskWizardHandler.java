package org.restripe.ui.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.store.RestripeDatabase;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.desk.DeskMessages;

/**
 * Opens a desk wizard once its choices (customers, sites, open requests) are read, in a job: the UI thread
 * never waits on the database. A failed read is told in words instead of a wizard.
 */
abstract class DeskWizardHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
		RestripeDatabase database = RestripeUi.database();
		java.nio.file.Path sites = RestripeUi.dataDirectory().sites();
		Shell shell = window.getShell();
		Job.create("Read the desk's customers and requests", monitor -> {
			try {
				DeskChoices choices = DeskChoices.read(database, sites);
				shell.getDisplay().asyncExec(() -> open(shell, wizard(database, choices, selected)));
			} catch (Exception e) {
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, "The desk cannot be read",
						DeskMessages.of(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
		return null;
	}

	private static void open(Shell shell, Wizard wizard) {
		if (!shell.isDisposed()) {
			new WizardDialog(shell, wizard).open();
		}
	}

	/** The wizard; {@code selected}: what was selected when the command ran (a request, say). */
	abstract Wizard wizard(RestripeDatabase database, DeskChoices choices, Object selected);
}
