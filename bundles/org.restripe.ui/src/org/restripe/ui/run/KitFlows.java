package org.restripe.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.session.Recordings;

/** The steps Run Kit and Rehearse Kit take alike before and after their job. */
final class KitFlows {
	static final String REFUSED = "Kit refused";

	private KitFlows() {
	}

	/**
	 * The kit chosen in {@code choice} and checked (signer, stale); null when the engineer cancelled or the kit
	 * was refused, said in a dialog ending with {@code nothingDone}.
	 */
	static KitCheck.Passed chooseAndCheck(Shell shell, KitChoiceDialog choice, Path dataDirectory,
			String nothingDone) {
		if (choice.open() != Window.OK) {
			return null;
		}
		ConnectionPreferences.setLastKit(choice.kit());
		KitCheck check = KitCheck.check(choice.kit(), choice.site().siteName(), choice.site().path(), dataDirectory);
		if (check instanceof KitCheck.Refused refused) {
			MessageDialog.openError(shell, REFUSED, refused.problem() + ".\n\n" + refused.reason() + "\n\n"
					+ nothingDone);
			return null;
		}
		return (KitCheck.Passed) check;
	}

	/** A new recording file for {@code kind} at the site; null when none can be made, said as above. */
	static Path newRecording(Shell shell, Path dataDirectory, String kind, String siteName, String nothingDone) {
		try {
			return Recordings.newFile(dataDirectory, kind, siteName);
		} catch (IOException e) {
			MessageDialog.openError(shell, REFUSED, "No recording can be started in " + dataDirectory
					+ "/recordings: " + e.getMessage() + "\n\n" + nothingDone);
			return null;
		}
	}

	/** Calls {@code report} on the UI thread once the job is done (with no shell if the window closed). */
	static void reportWhenDone(Shell shell, Job job, Consumer<Shell> report) {
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> report.accept(shell.isDisposed() ? null : shell));
				}
			}
		});
	}
}
