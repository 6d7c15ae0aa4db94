package org.restripe.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.restripe.model.Site;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.LineChoice;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.connect.LinePanel;
import org.restripe.ui.views.SiteFile;

/**
 * The Connect wizard's second page: the link to the chosen site. Dialback through the center's modem (its
 * serial port, the number to dial, the dialback account), a LAN link to the management host's terminal server
 * (telnet), or the consoles on a terminal server's or ser2net's TCP ports; starting from the line last used
 * at the site. Checked as it is typed; no password is a field here.
 */
public final class ConnectLinkPage extends WizardPage {
	private Composite body;
	private SiteFile siteFile;
	private LinePanel line;
	private Text number;
	private Text account;

	ConnectLinkPage() {
		super("link");
		setTitle("The link to the site");
		setDescription("How this workbench reaches the site's management host.");
	}

	@Override
	public void createControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		setControl(body);
		build();
	}

	/** The site whose link is asked; the fields start again from what is remembered for it. */
	void siteChosen(SiteFile chosen) {
		if (chosen.equals(siteFile)) {
			return;
		}
		siteFile = chosen;
		if (body != null) {
			build();
		}
	}

	private void build() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		line = null;
		number = null;
		account = null;
		if (siteFile == null || siteFile.site() == null) {
			setErrorMessage("Site: choose a readable site on the first page");
			setPageComplete(false);
			return;
		}
		Site site = siteFile.site();
		String name = siteFile.siteName();
		line = new LinePanel(body, site, LineChoice.of(ConnectionPreferences.line(name).orElse(null), site),
				this::validate);
		dialbackFields(DialbackLine.remembered(name, site.getModem() == null ? null : site.getModem().getNumber()));
		body.layout(true, true);
		validate();
	}

	private void dialbackFields(DialbackLine remembered) {
		Group group = new Group(body, SWT.NONE);
		group.setText("Dialback call (when dialling)");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		number = field(group, "Dial number:", remembered.number());
		account = field(group, "Dialback account:", remembered.account());
		Label note = new Label(group, SWT.WRAP);
		note.setText("The account's password is asked when the site's modem asks for it and kept only in Eclipse "
				+ "secure storage, encrypted; it is never a field here, nor in a file, log or recording.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(note);
	}

	private Text field(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> validate());
		return text;
	}

	private void validate() {
		if (line == null || number == null) {
			return; // still being built: the last field made validates
		}
		boolean dialling = line.choice().way() == Way.DIAL;
		number.setEnabled(dialling);
		account.setEnabled(dialling);
		String problem = line.choice().problem().orElse(null);
		if (problem == null && dialling) {
			problem = dialback().problem().orElse(null);
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** Shows a refusal of the line as a whole (said by the line's parser when Finish is pressed). */
	void refused(String message) {
		setErrorMessage(message);
	}

	public SiteFile siteFile() {
		return siteFile;
	}

	public LinePanel linePanel() {
		return line;
	}

	public LineChoice choice() {
		return line.choice();
	}

	public DialbackLine dialback() {
		return new DialbackLine(number.getText(), account.getText());
	}

	public Text numberField() {
		return number;
	}

	public Text accountField() {
		return account;
	}
}
