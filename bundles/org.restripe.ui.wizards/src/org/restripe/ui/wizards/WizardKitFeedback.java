package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.restripe.ui.Words;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.KitDigest;
import org.restripe.ui.kit.KitFeedback;

/**
 * How Build Kit's job reports once the wizard has closed: where the kit went and its manifest's SHA-256 (read
 * off the UI thread), or every reason no kit was built, in a dialog on the workbench window.
 */
final class WizardKitFeedback implements KitFeedback {
	static final String BUILT = "Kit built";
	static final String NOT_BUILT = "No kit built";

	private final Shell shell;
	private final Path kitFile;
	private final Path dataDirectory;
	private final Supplier<String> filed;

	WizardKitFeedback(Shell shell, Path kitFile, Path dataDirectory, Supplier<String> filed) {
		this.shell = shell;
		this.kitFile = kitFile;
		this.dataDirectory = dataDirectory;
		this.filed = filed;
	}

	@Override
	public Path chooseKitFile(Path suggested) {
		return kitFile; // chosen on the wizard's page
	}

	@Override
	public void refused(List<String> reasons) {
		MessageDialog.openError(live(), NOT_BUILT, "The planner refused this design (" + Words.count(reasons.size(), "finding")
				+ "):\n- " + String.join("\n- ", reasons));
	}

	@Override
	public void failed(String message) {
		MessageDialog.openError(live(), NOT_BUILT, "The kit could not be written: " + message);
	}

	@Override
	public void cancelled() {
		MessageDialog.openInformation(live(), NOT_BUILT, "Building was cancelled; no kit file was written.");
	}

	@Override
	public void built(Path kit, Plan plan) {
		Display display = shell.getDisplay();
		Job digest = Job.create("Reading the manifest of " + kit.getFileName(), (IProgressMonitor monitor) -> {
			String sha;
			try {
				sha = KitDigest.of(kit);
			} catch (IOException e) {
				sha = "(cannot be read: " + e.getMessage() + ")";
			}
			String shown = sha;
			String request = filed.get();
			String signer = BuildKitWizard.signer(dataDirectory); // the key may have been made by this build
			display.asyncExec(() -> MessageDialog.openInformation(live(), BUILT, "The kit is written to " + kit
					+ "\n\nManifest SHA-256: " + shown + "\nSigned by " + signer + "\n"
					+ Words.count(plan.steps().size(), "step") + " on " + Words.count(plan.lanes().size(), "array")
					+ ", risk " + plan.risk().label()
					+ ", read back verified." + (request.isEmpty() ? "" : "\n\n" + request + ".")));
			return Status.OK_STATUS;
		});
		digest.setSystem(true);
		digest.schedule();
	}

	private Shell live() {
		return shell.isDisposed() ? null : shell;
	}

}
