package org.restripe.ui.connect;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.restripe.model.Site;

/**
 * "Connect...": how to reach the site, checked field by field as it is typed and as a whole line before the
 * dialog closes. The line is remembered for the site (never a password).
 */
public final class ConnectDialog extends LineDialog {
	public static final String TITLE = "Connect to site";

	private final String siteName;
	private final Site site;

	public ConnectDialog(Shell parent, String siteName, Site site, LineParser parser) {
		super(parent, TITLE, "Connect", parser);
		this.siteName = siteName;
		this.site = site;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle("Connect to " + siteName);
		setMessage("Opens a recorded session, reads every array back and compares it with the site file.");
		createLine(body, site, siteName);
	}

	@Override
	protected String problem() {
		return lineProblem();
	}

	@Override
	protected void okPressed() {
		if (takeLine(siteName)) {
			super.okPressed();
		}
	}
}
