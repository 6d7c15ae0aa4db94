package org.restripe.ui.kit;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.restripe.plan.Plan;
import org.restripe.ui.Words;

/** The workbench's face of "Build kit...": a save dialog, error dialogs that list reasons, the status line. */
public final class DialogKitFeedback implements KitFeedback {
	private final Shell shell;
	private final IStatusLineManager statusLine;

	public DialogKitFeedback(Shell shell, IStatusLineManager statusLine) {
		this.shell = shell;
		this.statusLine = statusLine;
	}

	@Override
	public Path chooseKitFile(Path suggested) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Build kit");
		dialog.setFilterPath(suggested.getParent().toString());
		dialog.setFileName(suggested.getFileName().toString());
		dialog.setFilterExtensions(new String[] { "*.kit", "*" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	@Override
	public void refused(List<String> reasons) {
		// the findings are what the engineer has to act on: listed once, in the message itself
		MessageDialog.openError(shell, "No kit built", "The planner refused this design ("
				+ Words.count(reasons.size(), "finding") + "):\n- " + String.join("\n- ", reasons));
		statusLine.setErrorMessage("No kit built: the planner refused the design");
	}

	@Override
	public void failed(String message) {
		ErrorDialog.openError(shell, "No kit built", "The kit could not be written.", Status.error(message));
		statusLine.setErrorMessage("No kit built: " + message);
	}

	@Override
	public void built(Path kit, Plan plan) {
		statusLine.setErrorMessage(null);
		statusLine.setMessage(String.format("Kit written to %s: %s on %s, risk %s", kit,
				Words.count(plan.steps().size(), "step"), Words.count(plan.lanes().size(), "array"), plan.risk().label()));
	}

	@Override
	public void cancelled() {
		statusLine.setMessage("Kit building cancelled; no file written");
	}
}
