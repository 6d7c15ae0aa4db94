package org.restripe.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.wizard.Wizard;
import org.restripe.connect.run.Dialling;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.SiteLink;
import org.restripe.ui.connect.ConnectDialog;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.ConnectionPreferences;
import org.restripe.ui.connect.DiscoverJob;
import org.restripe.ui.connect.LineChoice.Way;
import org.restripe.ui.operations.SerialPreferences;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.session.DialbackStatus;
import org.restripe.ui.views.SiteFile;

/**
 * Site > Connect...: the site, then the link to it; Finish remembers the link for the site (line.SITE in the
 * connection preferences, and the dial number and account when dialling) and starts the discovery job, whose
 * session the Session view shows. The center's modem line runs at the Serial Line preference's speed.
 */
public final class ConnectWizard extends Wizard {
	private final ISecurePreferences storage;
	private final Path dataDirectory;
	private final ConnectSitePage sitePage;
	private final ConnectLinkPage linkPage = new ConnectLinkPage();
	private DiscoverJob job;

	public ConnectWizard(List<SiteFile> sites, SiteFile preselected, ISecurePreferences storage, Path dataDirectory) {
		this.storage = storage;
		this.dataDirectory = dataDirectory;
		this.sitePage = new ConnectSitePage(sites, preselected, linkPage::siteChosen);
		setWindowTitle(ConnectDialog.TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(sitePage);
		addPage(linkPage);
	}

	@Override
	public boolean performFinish() {
		SiteFile siteFile = linkPage.siteFile();
		String name = siteFile.siteName();
		boolean dialling = linkPage.choice().way() == Way.DIAL;
		DialbackLine dialback = linkPage.dialback();
		String spec = linkPage.choice().spec();
		SecureStorageSecrets secrets = SecureStorageSecrets.forSite(storage, name);
		LineSpec.Dialler dialler = Dialling.dialler(dialback.forAccount(secrets), SerialPreferences.baud(),
				settings -> settings, new DialbackStatus());
		SiteLink link;
		try {
			link = LineSpec.parse(spec, dialling ? dialback.dialbackAccount().dialled(siteFile.site()) : siteFile.site(), ConnectionPreferences.replyTimeout(),
					ConnectionPreferences.inactivity(), dialler);
		} catch (LineSpec.BadLineException e) {
			secrets.close();
			linkPage.refused("Line: " + e.getMessage());
			return false;
		}
		ConnectionPreferences.setLine(name, spec);
		if (dialling) {
			dialback.remember(name);
		}
		job = ConnectFlow.discover(getShell(), name, siteFile.site(), siteFile.path(), link, secrets, dataDirectory);
		return job != null;
	}

	/** The discovery started by Finish, or null. */
	public DiscoverJob job() {
		return job;
	}

	public ConnectSitePage sitePage() {
		return sitePage;
	}

	public ConnectLinkPage linkPage() {
		return linkPage;
	}
}
