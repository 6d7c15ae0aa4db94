package org.restripe.ui.database;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;

/** Asks for the shared database's password (masked) when secure storage has none; may remember it there. */
public final class DatabasePasswordDialog extends CheckedDialog {
	public static final String TITLE = "Database password";

	private final String user;
	private final String database;
	private Text password;
	private Button remember;
	private char[] typed;
	private boolean keep;

	public DatabasePasswordDialog(Shell parent, String user, String database) {
		super(parent, TITLE, IDialogConstants.OK_LABEL, 2, false);
		this.user = user;
		this.database = database;
	}

	@Override
	protected void createBody(Composite fields) {
		setTitle("Log in to " + database);
		setMessage("The database asks for the password of " + (user == null ? "the default user" : user) + ".");
		new Label(fields, SWT.NONE).setText("Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		password.addModifyListener(e -> validate());
		remember = new Button(fields, SWT.CHECK);
		remember.setText("Remember in secure storage");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
	}

	@Override
	protected String problem() {
		return password == null || password.getCharCount() > 0 ? null : "Password: type the database password";
	}

	@Override
	protected void okPressed() {
		typed = password.getTextChars();
		keep = remember.getSelection();
		password.setText("");
		super.okPressed();
	}

	/** The password typed, or null when cancelled. */
	public char[] typed() {
		return typed;
	}

	public boolean remember() {
		return keep;
	}

	public Text passwordField() {
		return password;
	}

	public Button rememberBox() {
		return remember;
	}
}
