package org.restripe.ui.run;

import java.time.Duration;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.LineDialog;
import org.restripe.ui.connect.LineParser;

/**
 * The checked kit before it runs: who signed it (name and fingerprint, to compare with what that center reads
 * out), that it was computed from the site as it is, what it will do; then the line and the commit-confirm.
 */
public final class RunKitDialog extends LineDialog {
	public static final String TITLE = "Run kit at site";

	private final KitCheck.Passed kit;
	private Button commitConfirm;
	private Text confirmWithin;
	private Duration commitWithin;

	public RunKitDialog(Shell parent, KitCheck.Passed kit, LineParser parser) {
		super(parent, TITLE, "Run", parser);
		this.kit = kit;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle("Run " + kit.kitFile().getFileName() + " at " + kit.siteName());
		setMessage("The kit is signed by a trusted center, unaltered and computed from the site as it is now.");
		KitSummary.describe(body, kit, true);
		createLine(body, kit.current(), kit.siteName());
		createOptions(body);
	}

	private void createOptions(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Commit-confirm");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		commitConfirm = new Button(group, SWT.CHECK);
		commitConfirm.setText("Keep the change only if I confirm it within");
		commitConfirm.setSelection(true);
		commitConfirm.addListener(SWT.Selection, e -> {
			confirmWithin.setEnabled(commitConfirm.getSelection());
			validate();
		});
		confirmWithin = new Text(group, SWT.BORDER | SWT.SINGLE);
		confirmWithin.setText(DurationText.format(ConnectionPreferences.commitConfirm()));
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(confirmWithin);
		confirmWithin.addModifyListener(e -> validate());
		new Label(group, SWT.NONE).setText("(e.g. 10m or 90s; no answer rolls it back by itself)");
	}

	@Override
	protected String problem() {
		if (linePanel() == null || confirmWithin == null) {
			return null;
		}
		String problem = lineProblem();
		if (problem == null && commitConfirm.getSelection()) {
			problem = DurationText.problem("Confirm within", confirmWithin.getText());
		}
		return problem;
	}

	@Override
	protected void okPressed() {
		if (!takeLine(kit.siteName())) {
			return;
		}
		commitWithin = commitConfirm.getSelection() ? DurationText.parse(confirmWithin.getText()) : null;
		super.okPressed();
	}

	public Button commitConfirmBox() {
		return commitConfirm;
	}

	public Text confirmWithinField() {
		return confirmWithin;
	}

	/** Null when the change is kept without a confirmation. */
	public Duration commitWithin() {
		return commitWithin;
	}
}
