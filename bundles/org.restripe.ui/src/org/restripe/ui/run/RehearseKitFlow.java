package org.restripe.ui.run;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.restripe.ui.connect.ConnectFlow;
import org.restripe.ui.connect.SiteChoice;
import org.restripe.ui.session.SessionBoard;
import org.restripe.ui.views.SiteFile;

/**
 * "Rehearse Kit..." without the handler's lookups: which kit at which site, the kit checked (signer, stale)
 * and refused or shown before anything runs, the twin's modem and the line speed, then the rehearsal's job and
 * its report. The handler and the tests both start here, on the UI thread.
 */
public final class RehearseKitFlow {
	public static final String REFUSED = KitFlows.REFUSED;
	private static final String NOTHING_DONE = "Nothing was rehearsed.";
	public static final String REPORT = "Kit rehearsal";

	private RehearseKitFlow() {
	}

	/** Null when the engineer cancelled or the kit was refused (said in a dialog). */
	public static RehearseKitJob start(Shell shell, Path dataDirectory, Path sitesFolder, Path suggestedKit,
			SiteFile suggestedSite) {
		KitChoiceDialog choice = KitChoiceDialog.forRehearsal(shell, SiteChoice.sites(sitesFolder), suggestedKit,
				suggestedSite);
		KitCheck.Passed kit = KitFlows.chooseAndCheck(shell, choice, dataDirectory, NOTHING_DONE);
		if (kit == null) {
			return null;
		}
		RehearseKitDialog dialog = new RehearseKitDialog(shell, kit);
		if (dialog.open() != Window.OK) {
			return null;
		}
		Path recording = KitFlows.newRecording(shell, dataDirectory, "rehearse", kit.siteName(), NOTHING_DONE);
		if (recording == null) {
			return null;
		}
		return schedule(shell, new RehearseKitJob.Order(kit, dialog.fastModem(), dialog.baud(), recording));
	}

	private static RehearseKitJob schedule(Shell shell, RehearseKitJob.Order order) {
		RehearseKitJob job = new RehearseKitJob(order);
		ConnectFlow.showSessionView();
		SessionBoard.started(order.recordingFile(), "Rehearsal of " + order.kit().kitFile().getFileName()
				+ " on a twin of " + order.kit().siteName(), job);
		KitFlows.reportWhenDone(shell, job, s -> report(s, job));
		job.schedule();
		return job;
	}

	private static void report(Shell shell, RehearseKitJob job) {
		String recorded = "\n\nThe rehearsal is recorded in " + job.order().recordingFile() + ".";
		RehearseKitJob.Outcome outcome = job.outcome();
		if (outcome instanceof RehearseKitJob.Rehearsed rehearsed) {
			String text = RehearsalReport.text(job.order(), rehearsed) + recorded;
			if (rehearsed.report().verified()) {
				MessageDialog.openInformation(shell, REPORT, text);
			} else {
				MessageDialog.openError(shell, REPORT, text);
			}
		} else if (outcome instanceof RehearseKitJob.Failed failed) {
			MessageDialog.openError(shell, REPORT, "The rehearsal stopped: " + failed.message() + recorded);
		} else if (outcome instanceof RehearseKitJob.Cancelled) {
			MessageDialog.openInformation(shell, REPORT, "The rehearsal was cancelled; the twin is gone and the real "
					+ "site was never called." + recorded);
		} else {
			MessageDialog.openError(shell, REPORT, "The rehearsal stopped: " + job.getResult().getMessage() + recorded);
		}
	}
}
