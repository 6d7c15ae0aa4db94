package org.restripe.ui.run;

import java.nio.file.Path;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.restripe.connect.run.RunResult;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.session.SessionBoard;
import org.restripe.ui.views.SiteFile;

/**
 * "Run Kit..." without the handler's lookups: which kit at which site, the kit checked and refused or shown
 * with its signer before anything runs, the line and the commit-confirm, then the run's job with its dialogs
 * and the result. The handler and the tests both start here, on the UI thread.
 */
public final class RunKitFlow {
	public static final String REFUSED = KitFlows.REFUSED;
	private static final String NOTHING_DONE = "Nothing was sent to the site.";
	public static final String RESULT = "Kit run";

	private RunKitFlow() {
	}

	/** Null when the engineer cancelled or the kit was refused (said in a dialog). */
	public static RunKitJob start(Shell shell, Path dataDirectory, Path sitesFolder, ISecurePreferences storage,
			Path suggestedKit, SiteFile suggestedSite) {
		KitChoiceDialog choice = new KitChoiceDialog(shell, SiteChoice.sites(sitesFolder), suggestedKit, suggestedSite);
		KitCheck.Passed kit = KitFlows.chooseAndCheck(shell, choice, dataDirectory, NOTHING_DONE);
		if (kit == null) {
			return null;
		}
		SecureStorageSecrets secrets = SecureStorageSecrets.forSite(storage, kit.siteName());
		RunKitDialog dialog = new RunKitDialog(shell, kit, ConnectFlow.parser(kit.current(), kit.siteName(), secrets));
		if (dialog.open() != Window.OK) {
			secrets.close();
			return null;
		}
		Path recording = KitFlows.newRecording(shell, dataDirectory, "run", kit.siteName(), NOTHING_DONE);
		if (recording == null) {
			secrets.close();
			return null;
		}
		return schedule(shell, new RunKitJob.Order(kit, dialog.link(), dialog.commitWithin(), dataDirectory, recording),
				secrets);
	}

	private static RunKitJob schedule(Shell shell, RunKitJob.Order order, SecureStorageSecrets secrets) {
		Display display = shell.getDisplay();
		RunKitJob job = new RunKitJob(order, secrets, new DialogAnswers(display), new CommitConfirmDialog(display),
				ConnectFlow.settings());
		ConnectFlow.showSessionView();
		SessionBoard.started(order.recordingFile(), "Run of " + order.kit().kitFile().getFileName() + " at "
				+ order.kit().siteName(), job);
		KitFlows.reportWhenDone(shell, job, s -> report(s, job));
		job.schedule();
		return job;
	}

	private static void report(Shell shell, RunKitJob job) {
		String moved = job.requestMoved();
		String kept = job.versionKept();
		String recorded = (moved.isEmpty() ? "" : "\n\n" + moved) + (kept.isEmpty() ? "" : "\n\n" + kept)
				+ "\n\nThe session is recorded in "
				+ job.order().recordingFile() + ".";
		RunKitJob.Outcome outcome = job.outcome();
		if (outcome instanceof RunKitJob.Ran ran) {
			String text = ran.result().message()
					+ (ran.verification().isEmpty() ? "" : "\n\n" + ran.verification()) + recorded;
			if (ran.verified()) {
				MessageDialog.openInformation(shell, RESULT, text);
			} else if (ran.result().outcome() == RunResult.Outcome.ROLLED_BACK) {
				MessageDialog.openWarning(shell, RESULT, text);
			} else {
				MessageDialog.openError(shell, RESULT, text);
			}
		} else if (outcome instanceof RunKitJob.Stale) {
			MessageDialog.openError(shell, RESULT, "Refused: the arrays are no longer as the site file of "
					+ job.order().kit().siteName() + " says (stale plan); nothing ran. Discover the site and plan "
					+ "again. The differences are in the Session view." + recorded);
		} else if (outcome instanceof RunKitJob.Failed failed) {
			MessageDialog.openError(shell, RESULT, "The run stopped: " + failed.message()
					+ "\nThe journal keeps where each array stands: run the kit again to resume." + recorded);
		} else if (outcome == null) {
			MessageDialog.openError(shell, RESULT, "The run stopped: " + job.getResult().getMessage() + recorded);
		}
	}
}
