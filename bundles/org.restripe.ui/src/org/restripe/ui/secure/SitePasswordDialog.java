package org.restripe.ui.secure;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.restripe.connect.Secret;
import org.restripe.ui.CheckedDialog;
import org.restripe.ui.UiThread;

/** Asks for one of a site's passwords (masked), offering to remember it in secure storage. */
public final class SitePasswordDialog extends CheckedDialog {
	public static final String TITLE = "Password needed";

	private final Secret secret;
	private final String siteName;
	private final boolean canRemember;
	private Text password;
	private Button remember;
	private SecureStorageSecrets.Answer answer;

	public SitePasswordDialog(Shell parent, Secret secret, String siteName, boolean canRemember) {
		super(parent, TITLE, IDialogConstants.OK_LABEL, 2, false);
		this.secret = secret;
		this.siteName = siteName;
		this.canRemember = canRemember;
	}

	/** Asks on the workbench's UI thread (the job waits); no display means nobody can answer. */
	public static SecureStorageSecrets.Asker asker() {
		return (secret, siteName, canRemember) -> UiThread.ask(UiThread.display(), () -> {
			SitePasswordDialog dialog = new SitePasswordDialog(UiThread.parentShell(), secret, siteName, canRemember);
			return dialog.open() == OK ? dialog.answer : null;
		}, null);
	}

	@Override
	protected void createBody(Composite fields) {
		setTitle("Site " + siteName);
		setMessage("The line asks for the " + secret.describe() + ".");
		new Label(fields, SWT.NONE).setText("Password:");
		password = new Text(fields, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		password.addModifyListener(e -> validate());
		remember = new Button(fields, SWT.CHECK);
		remember.setText("Remember in secure storage");
		remember.setEnabled(canRemember);
		if (!canRemember) {
			remember.setToolTipText("Secure storage is not open (no master password was given)");
		}
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
	}

	@Override
	protected String problem() {
		return password.getCharCount() == 0 ? "Password: type the " + secret.describe() : null;
	}

	@Override
	protected void okPressed() {
		answer = new SecureStorageSecrets.Answer(password.getTextChars(), canRemember && remember.getSelection());
		password.setText("");
		super.okPressed();
	}

	public Text passwordField() {
		return password;
	}

	public Button rememberBox() {
		return remember;
	}
}
