package org.restripe.ui.connect;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;

/**
 * "Connect...": how to reach the site, checked field by field as it is typed and as a whole line before the
 * dialog closes. The line is remembered for the site (never a password).
 */
public final class ConnectDialog extends TitleAreaDialog {
	public static final String TITLE = "Connect to site";

	private final String siteName;
	private final Site site;
	private final LineParser parser;
	private final LineChoice initial;
	private LinePanel line;
	private String spec;
	private SiteLink link;

	public ConnectDialog(Shell parent, String siteName, Site site, LineParser parser) {
		super(parent);
		this.siteName = siteName;
		this.site = site;
		this.parser = parser;
		this.initial = LineChoice.of(ConnectionPreferences.line(siteName).orElse(null), site);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Connect to " + siteName);
		setMessage("Opens a recorded session, reads every array back and compares it with the site file.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		line = new LinePanel(body, site, initial, this::validate);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		if (line == null) {
			return;
		}
		Optional<String> problem = line.choice().problem();
		setErrorMessage(problem.orElse(null));
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem.isEmpty());
		}
	}

	@Override
	protected void okPressed() {
		String chosen = line.choice().spec();
		try {
			link = parser.parse(chosen);
		} catch (LineSpec.BadLineException e) {
			setErrorMessage("Line: " + e.getMessage());
			return;
		}
		spec = chosen;
		ConnectionPreferences.setLine(siteName, spec);
		super.okPressed();
	}

	public LinePanel linePanel() {
		return line;
	}

	/** The line chosen, after OK. */
	public String spec() {
		return spec;
	}

	public SiteLink link() {
		return link;
	}
}
