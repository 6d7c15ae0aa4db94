package org.restripe.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.operations.CurrentConfiguration;
import org.restripe.ui.operations.SiteVersions;
import org.restripe.workflow.VersionReason;

/**
 * "Import as Current Configuration": the one way, besides a verified run, to replace a site's current file from
 * the workbench (the editor shows it read-only). The file before is kept in the history (replaced), the imported
 * one too (imported); in a job, the outcome said in a dialog.
 */
public class ImportCurrentHandler extends AbstractHandler {
	public static final String DONE_TITLE = "Current configuration replaced";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Path current = DesignNewConfigurationHandler.currentFile(HandlerUtil.getCurrentSelection(event),
				HandlerUtil.getActiveEditor(event));
		if (current == null) {
			throw new ExecutionException("Select a site in the Sites view or open its current configuration first");
		}
		Shell window = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
		ImportCurrentDialog dialog = new ImportCurrentDialog(window, current);
		if (dialog.open() == Window.OK && dialog.site() != null) {
			importAsCurrent(window.getDisplay(), current, dialog.site(), dialog.file());
		}
		return null;
	}

	private static void importAsCurrent(Display display, Path current, Site imported, Path from) {
		Job job = Job.create("Import " + from.getFileName() + " as the current configuration", (IProgressMonitor m) -> {
			String said;
			boolean done;
			try {
				said = CurrentConfiguration.replace(current, imported, "the one imported from " + from);
				said += ". " + SiteVersions.keep(CurrentConfiguration.siteName(current), imported, VersionReason.IMPORTED,
						"from " + from);
				done = true;
			} catch (SiteFileException e) {
				said = e.getMessage();
				done = false;
			}
			String message = said;
			boolean replaced = done;
			display.asyncExec(() -> {
				if (replaced) {
					SiteEditors.reopen(current);
				}
				Shell parent = display.getActiveShell();
				if (replaced) {
					MessageDialog.openInformation(parent, DONE_TITLE, message);
				} else {
					MessageDialog.openError(parent, "Current configuration not replaced", message);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
