package org.restripe.ui.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.restripe.connect.run.Dialling;
import org.restripe.connect.run.LineSpec;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteLink;
import org.restripe.model.Site;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.session.DialbackStatus;
import org.restripe.ui.session.Recordings;
import org.restripe.ui.session.SessionBoard;
import org.restripe.ui.session.SessionView;
import org.restripe.ui.views.SiteFile;

/**
 * "Connect..." without the handler's lookups: the connection dialog, then the discovery job, its session shown
 * in the Session view and a failure in a dialog. The handler and the tests both start here, on the UI thread.
 */
public final class ConnectFlow {
	private ConnectFlow() {
	}

	/** Null when the engineer cancelled or the site cannot be read (said in a dialog). */
	public static DiscoverJob start(Shell shell, SiteFile siteFile, ISecurePreferences storage, Path dataDirectory) {
		Site site = siteFile.site();
		if (site == null) {
			MessageDialog.openError(shell, "Cannot connect", "The site file " + siteFile.path() + " cannot be read: "
					+ siteFile.loadError());
			return null;
		}
		String name = siteFile.siteName();
		SecureStorageSecrets secrets = SecureStorageSecrets.forSite(storage, name);
		ConnectDialog dialog = new ConnectDialog(shell, name, site, parser(site, name, secrets));
		if (dialog.open() != Window.OK) {
			secrets.close();
			return null;
		}
		return discover(shell, name, site, siteFile.path(), dialog.link(), secrets, dataDirectory);
	}

	/**
	 * Starts the discovery over a line already chosen (Connect's dialog or the Connect wizard), its session in
	 * the Session view and a failure in a dialog; null (said in a dialog) when no recording can be started.
	 * The job closes {@code secrets} when it ends.
	 */
	public static DiscoverJob discover(Shell shell, String name, Site site, SiteLink link, SecureStorageSecrets secrets,
			Path dataDirectory) {
		return discover(shell, name, site, null, link, secrets, dataDirectory);
	}

	/**
	 * As above; when the arrays differ from {@code siteFile} (the site's current configuration, null if not
	 * known), the differences are shown with the offer to adopt what was found.
	 */
	public static DiscoverJob discover(Shell shell, String name, Site site, Path siteFile, SiteLink link,
			SecureStorageSecrets secrets, Path dataDirectory) {
		Path recording;
		try {
			recording = Recordings.newFile(dataDirectory, "discover", name);
		} catch (IOException e) {
			secrets.close();
			MessageDialog.openError(shell, "Cannot connect", "No recording can be started in " + dataDirectory
					+ "/recordings: " + e.getMessage() + "\nNothing was sent to the site.");
			return null;
		}
		DiscoverJob job = new DiscoverJob(name, site, link, secrets, settings(), recording);
		showSessionView();
		SessionBoard.started(recording, "Discovery of " + name, job);
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> report(shell, name, job, siteFile, link.describe()));
				}
			}
		});
		job.schedule();
		return job;
	}

	/**
	 * The site's line parser: LineSpec with this workbench's reply timeout and its way of dialling (the site's
	 * remembered dialback number and account), the dialback call's states shown in the Session view.
	 */
	public static LineParser parser(Site site, String siteName, SecureStorageSecrets secrets) {
		Duration reply = ConnectionPreferences.replyTimeout();
		// the number and account the Connect wizard remembered, and the password under the one key they name
		DialbackAccount account = DialbackAccount.remembered(siteName,
				site.getModem() == null ? null : site.getModem().getNumber());
		Site dialled = account.dialled(site);
		return spec -> LineSpec.parse(spec, dialled, reply, ConnectionPreferences.inactivity(),
				Dialling.dialler(account.forAccount(secrets), org.restripe.ui.operations.SerialPreferences.baud(),
						settings -> settings, new DialbackStatus()));
	}

	public static RunSettings settings() {
		return RunSettings.standard().replyingWithin(ConnectionPreferences.replyTimeout());
	}

	/** Brings the Session view up without taking the focus from where the engineer works. */
	public static void showSessionView() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			window.getActivePage().showView(SessionView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// the session still runs and is recorded; the view can be opened from Window > Show View
		}
	}

	private static void report(Shell shell, String name, DiscoverJob job, Path siteFile, String line) {
		Shell parent = shell.isDisposed() ? null : shell;
		if (job.outcome() instanceof DiscoverJob.Compared compared && compared.discovered() != null && siteFile != null
				&& parent != null) {
			AdoptDiscovered.offer(parent, name, siteFile, compared, line);
			return;
		}
		if (job.outcome() instanceof DiscoverJob.Failed failed) {
			MessageDialog.openError(parent, "Discovery failed", "The discovery of " + name + " stopped: "
					+ failed.message() + "\n\nThe session is recorded in " + job.recordingFile() + ".");
		} else if (job.outcome() == null) {
			MessageDialog.openError(parent, "Discovery failed", "The discovery of " + name + " stopped: "
					+ job.getResult().getMessage() + "\n\nThe session is recorded in " + job.recordingFile() + ".");
		}
	}
}
