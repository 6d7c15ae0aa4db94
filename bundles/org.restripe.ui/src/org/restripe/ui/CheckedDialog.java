package org.restripe.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * What the workbench's asking dialogs share: a titled dialog whose body the subclass fills, whose OK button
 * says what it does, and which shows the first problem of what was typed and lets OK be pressed only without
 * one.
 */
public abstract class CheckedDialog extends TitleAreaDialog {
	private final String shellTitle;
	private final String okLabel;
	private final int columns;
	private final boolean resizable;

	/** {@code columns}: of the body's grid. */
	protected CheckedDialog(Shell parent, String shellTitle, String okLabel, int columns, boolean resizable) {
		super(parent);
		this.shellTitle = shellTitle;
		this.okLabel = okLabel;
		this.columns = columns;
		this.resizable = resizable;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return resizable;
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(columns).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createBody(body);
		return area;
	}

	/** Sets the title and message and fills the body. */
	protected abstract void createBody(Composite body);

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** The first problem of what was typed; null when there is none (or the fields are not all made yet). */
	protected abstract String problem();

	/** Shows the {@link #problem()} and lets OK be pressed only without one; for the fields' listeners. */
	protected final void validate() {
		String problem = problem();
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}
}
