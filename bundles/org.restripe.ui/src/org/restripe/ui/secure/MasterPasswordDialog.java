package org.restripe.ui.secure;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.ui.CheckedDialog;

/**
 * Asks for the master password of Restripe's secure storage: once to open it, twice (typed and confirmed) when
 * it is chosen. The typed characters are handed over as a char array and wiped from the fields.
 */
public final class MasterPasswordDialog extends CheckedDialog {
	public static final String TITLE = "Restripe secure storage";

	private final boolean creating;
	private final boolean wrongBefore;
	private Text password;
	private Text confirmation;
	private char[] typed;

	public MasterPasswordDialog(Shell parent, boolean creating, boolean wrongBefore) {
		super(parent, TITLE, IDialogConstants.OK_LABEL, 2, false);
		this.creating = creating;
		this.wrongBefore = wrongBefore;
	}

	/** The password typed, or null when the engineer cancelled. */
	public static char[] ask(Shell parent, boolean creating, boolean wrongBefore) {
		MasterPasswordDialog dialog = new MasterPasswordDialog(parent, creating, wrongBefore);
		return dialog.open() == OK ? dialog.typed : null;
	}

	@Override
	protected void createBody(Composite fields) {
		setTitle(creating ? "Choose the master password" : "Master password");
		setMessage(creating ? "Secure storage keeps the center key's password and the sites' passwords encrypted "
				+ "with this password. Type it twice; it is asked once each time Restripe starts."
				: "Type the master password of Restripe's secure storage.");
		password = field(fields, "Master password:");
		if (creating) {
			confirmation = field(fields, "Confirm:");
		}
	}

	/** A labelled masked field, checked as it is typed. */
	private Text field(Composite fields, String label) {
		new Label(fields, SWT.NONE).setText(label);
		Text text = new Text(fields, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		if (wrongBefore) {
			setErrorMessage("Wrong master password: the secure storage could not be opened with it. Type it again.");
		}
	}

	@Override
	protected String problem() {
		if (password == null || password.getCharCount() == 0) {
			return "Master password: type it";
		}
		if (creating && !Arrays.equals(password.getTextChars(), confirmation.getTextChars())) {
			return "Confirm: the two passwords differ";
		}
		return null;
	}

	@Override
	protected void okPressed() {
		typed = password.getTextChars();
		password.setText("");
		if (confirmation != null) {
			confirmation.setText("");
		}
		super.okPressed();
	}

	public Text passwordField() {
		return password;
	}

	/** Null unless the password is being chosen. */
	public Text confirmationField() {
		return confirmation;
	}
}
