package org.restripe.ui.secure;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the master password of Restripe's secure storage: once to open it, twice (typed and confirmed) when
 * it is chosen. The typed characters are handed over as a char array and wiped from the fields.
 */
public final class MasterPasswordDialog extends TitleAreaDialog {
	public static final String TITLE = "Restripe secure storage";

	private final boolean creating;
	private final boolean wrongBefore;
	private Text password;
	private Text confirmation;
	private char[] typed;

	public MasterPasswordDialog(Shell parent, boolean creating, boolean wrongBefore) {
		super(parent);
		this.creating = creating;
		this.wrongBefore = wrongBefore;
	}

	/** The password typed, or null when the engineer cancelled. */
	public static char[] ask(Shell parent, boolean creating, boolean wrongBefore) {
		MasterPasswordDialog dialog = new MasterPasswordDialog(parent, creating, wrongBefore);
		return dialog.open() == OK ? dialog.typed : null;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(creating ? "Choose the master password" : "Master password");
		setMessage(creating ? "Secure storage keeps the center key's password and the sites' passwords encrypted "
				+ "with this password. Type it twice; it is asked once each time Restripe starts."
				: "Type the master password of Restripe's secure storage.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		password = field(fields, "Master password:");
		if (creating) {
			confirmation = field(fields, "Confirm:");
		}
		return area;
	}

	private Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
		if (wrongBefore) {
			setErrorMessage("Wrong master password: the secure storage could not be opened with it. Type it again.");
		}
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	private String problem() {
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
