package org.restripe.ui.connect;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.operations.CurrentConfiguration;
import org.restripe.ui.operations.SiteVersions;
import org.restripe.workflow.VersionReason;

/**
 * After a discovery found the arrays other than the site file says: the differences and the offer to adopt
 * what was found as the current configuration, the way Import as Current Configuration replaces it (the file
 * as it was kept in the site's history, the new one kept as discovered). Declining changes nothing.
 */
public final class AdoptDiscovered {
	public static final String TITLE = "Arrays Differ from the Current Configuration";
	public static final String ADOPT = "Adopt as Current Configuration";
	public static final String KEEP = "Keep Current Configuration";
	public static final String DONE_TITLE = "Current Configuration Replaced";

	private AdoptDiscovered() {
	}

	/** Asks on the UI thread; on Adopt, the file is replaced by a job and the site's editors reopened. */
	public static void offer(Shell shell, String name, Path siteFile, DiscoverJob.Compared compared, String line) {
		String message = "Discovery found the arrays of " + name + " other than its current configuration says:\n\n"
				+ String.join("\n", compared.lines()) + "\n\n" + ADOPT + " replaces " + siteFile.getFileName()
				+ " with what the arrays hold; the configuration as it is now is kept in the site's history. " + KEEP
				+ " leaves it as it is.";
		MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION, 1, ADOPT, KEEP);
		if (dialog.open() == 0) {
			adopt(shell.getDisplay(), name, siteFile, compared.discovered(), line);
		}
	}

	private static void adopt(Display display, String name, Path siteFile, Site discovered, String line) {
		Job job = Job.create("Adopt the discovered configuration of " + name, (IProgressMonitor m) -> {
			String said;
			boolean replaced;
			try {
				said = CurrentConfiguration.replace(siteFile, discovered, "the one discovered over " + line);
				said += ". " + SiteVersions.keep(name, discovered, VersionReason.DISCOVERED, "discovered over " + line
						+ " and adopted");
				replaced = true;
			} catch (SiteFileException e) {
				said = e.getMessage();
				replaced = false;
			}
			String message = said;
			boolean done = replaced;
			display.asyncExec(() -> {
				if (done) {
					SiteEditors.reopen(siteFile);
					MessageDialog.openInformation(display.getActiveShell(), DONE_TITLE, message);
				} else {
					MessageDialog.openError(display.getActiveShell(), "Current configuration not replaced", message);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}
}
