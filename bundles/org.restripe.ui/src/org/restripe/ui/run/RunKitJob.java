package org.restripe.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.restripe.connect.FileStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.ArrayScript;
import org.restripe.connect.run.CommitConfirmation;
import org.restripe.connect.run.KitRun;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunResult;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteLink;
import org.restripe.connect.run.SiteSession;
import org.restripe.drivers.api.DiscoveryException;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.plan.kit.KitException;
import org.restripe.ui.connect.SiteReadback;
import org.restripe.ui.kit.DriverServices;
import org.restripe.ui.secure.SecureStorageSecrets;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.operations.CurrentConfiguration;
import org.restripe.ui.operations.SiteVersions;
import org.restripe.ui.session.SessionBoard;
import org.restripe.workflow.VersionReason;

/**
 * Run Kit's work off the UI thread, as the CLI's apply does it: refuses arrays that changed since the site file
 * (unless an earlier run of this kit is resumed from its journal), runs every array's script over one recorded
 * session with the engineer's confirmations, waits for the commit-confirm, and verifies by discovering again.
 */
public final class RunKitJob extends Job {
	/** How the run ended. */
	public sealed interface Outcome {
	}

	/** The arrays were no longer as the site file says: nothing ran. */
	public record Stale(List<String> lines) implements Outcome {
	}

	/** The run happened; {@code verified} when the arrays read back as the kit designed them. */
	public record Ran(RunResult result, boolean verified, String verification) implements Outcome {
	}

	public record Failed(String message) implements Outcome {
	}

	public record Cancelled() implements Outcome {
	}

	/** What the job needs from the dialogs before it: the checked kit, the line, the engineer's answers. */
	public record Order(KitCheck.Passed kit, SiteLink link, Duration commitWithin, Path dataDirectory,
			Path recordingFile) {
	}

	private final Order order;
	private final SecureStorageSecrets secrets;
	private final DialogAnswers answers;
	private final CommitConfirmation confirmation;
	private final RunSettings settings;
	private final RunRequestMoves request;
	private volatile Outcome outcome;
	private volatile String kept = "";

	public RunKitJob(Order order, SecureStorageSecrets secrets, DialogAnswers answers, CommitConfirmation confirmation,
			RunSettings settings) {
		super("Run kit " + order.kit().kitFile().getFileName() + " at " + order.kit().siteName());
		this.order = order;
		this.secrets = secrets;
		this.answers = answers;
		this.confirmation = confirmation;
		this.settings = order.commitWithin() == null ? settings : settings.confirmingWithin(order.commitWithin());
		this.request = new RunRequestMoves(order.kit().kitFile(), order.kit().siteName());
		// not a user job: its modal progress dialog would hide the live session; the Session view cancels it
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		KitCheck.Passed kit = order.kit();
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try (DriverServices drivers = DriverServices.open();
				SecureStorageSecrets passwords = secrets;
				FileStepJournal journal = FileStepJournal.open(KitRuns.journalFile(order.dataDirectory(), kit.kit()));
				SessionRecording recording = SessionRecording.start(order.recordingFile(),
						"run of " + kit.kitFile().getFileName() + " at " + kit.siteName());
				SiteSession session = new SiteSession(order.link(), recording)) {
			DriverRegistry registry = drivers.registry();
			if (journal.isEmpty() && !stillAsPlanned(session, registry, monitor)) {
				return Status.OK_STATUS;
			}
			request.connected();
			KitRun run = new KitRun(ArrayScript.of(kit.kit(), registry), session, passwords, journal, settings)
					.confirmingStepsWith(answers).offeringRollbackWith(answers)
					.reportingTo((array, step, what) -> monitor.subTask(array + " step " + step.number() + ": " + what));
			if (order.commitWithin() != null) {
				run.commitConfirmedBy(confirmation);
			}
			RunResult result = run.run(monitor);
			Ran ran = afterwards(result, session, registry, monitor);
			if (result.changedAsPlanned()) { // the arrays now hold the design: kept as applied, as restripe apply does
				// verified: the site file becomes the design, the file before kept first, so it precedes in the history
				String replaced = ran.verified() ? replaceCurrent(kit) + ". " : "";
				kept = replaced + SiteVersions.keep(kit.siteName(), kit.kit().desired(), VersionReason.APPLIED, "kit "
						+ kit.kitFile().getFileName() + (ran.verified() ? ", verified" : ", NOT verified"));
			}
			request.ended(result, ran.verified());
			outcome = ran;
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			outcome = new Cancelled();
			return Status.CANCEL_STATUS;
		} catch (IOException | DiscoveryException | KitException e) {
			outcome = new Failed(e.getMessage());
			return Status.OK_STATUS;
		} finally {
			SessionBoard.ended(endedHow());
			monitor.done();
		}
	}

	/**
	 * Verified: the arrays hold the design, so the site file becomes it (the file before is kept in the history);
	 * a file that could not be replaced says why and stays as it was.
	 */
	private static String replaceCurrent(KitCheck.Passed kit) {
		try {
			String replaced = CurrentConfiguration.replace(kit.siteFile(), kit.kit().desired(),
					"the verified design of kit " + kit.kitFile().getFileName());
			org.eclipse.swt.widgets.Display.getDefault().asyncExec(() -> SiteEditors.reopen(kit.siteFile()));
			return replaced;
		} catch (org.restripe.model.persist.SiteFileException | KitException e) {
			return "The current configuration was not replaced: " + e.getMessage();
		}
	}

	/** The kit is bound to the whole configuration: every array must still be as the site file says. */
	private boolean stillAsPlanned(SiteSession session, DriverRegistry registry, IProgressMonitor monitor)
			throws IOException, DiscoveryException {
		monitor.subTask("Checking that the arrays are still as the site file says");
		List<SiteArray> arrays = SiteArrays.of(order.kit().current(), registry);
		Map<String, List<String>> differences = SiteReadback.differences(session, secrets, settings, arrays, monitor);
		if (differences.isEmpty()) {
			return true;
		}
		List<String> lines = SiteReadback.lines(differences, arrays, "in the site file");
		SessionBoard.comparison("Refused: the arrays are no longer as the site file says (stale plan); nothing ran:",
				lines);
		outcome = new Stale(lines);
		return false;
	}

	/** Verifies a change by discovering again; after a rollback, shows the arrays against the site before. */
	private Ran afterwards(RunResult result, SiteSession session, DriverRegistry registry, IProgressMonitor monitor)
			throws IOException, DiscoveryException, KitException {
		KitCheck.Passed kit = order.kit();
		boolean rolledBack = result.outcome() == RunResult.Outcome.ROLLED_BACK
				|| result.outcome() == RunResult.Outcome.HALTED_ROLLED_BACK;
		if (!result.changedAsPlanned() && !rolledBack) {
			return new Ran(result, false, "");
		}
		monitor.subTask("Reading the arrays back");
		List<SiteArray> arrays = KitRuns.kitArrays(kit.kit(), result.changedAsPlanned() ? kit.kit().desired()
				: kit.current(), registry);
		Map<String, List<String>> differences = SiteReadback.differences(session, secrets, settings, arrays, monitor);
		String against = result.changedAsPlanned() ? "designed" : "before the run";
		SessionBoard.comparison(result.changedAsPlanned()
				? "Verification (discovered again, compared with the kit's design):"
				: "After the rollback (discovered again, compared with the site before the run):",
				SiteReadback.lines(differences, arrays, against));
		boolean same = differences.isEmpty();
		String verification = result.changedAsPlanned()
				? same ? "Verified: every array is as designed." : "NOT verified: " + differences.size()
						+ " arrays differ from the design (see the Session view)."
				: same ? "Read back: every array is as before the run."
						: "After the rollback " + differences.size() + " arrays differ from before the run (see the Session view).";
		// in the chained recording, so the Recordings view reads the verification off the record itself
		session.recording().marker(org.restripe.ui.operations.RecordingOutcome.VERIFICATION + verification);
		return new Ran(result, result.changedAsPlanned() && same, verification);
	}

	private String endedHow() {
		Outcome o = outcome;
		if (o instanceof Ran ran) {
			return "run " + ran.result().outcome().name().toLowerCase().replace('_', ' ')
					+ (ran.verified() ? ", verified" : "");
		}
		return o instanceof Stale ? "refused: stale plan"
				: SessionBoard.endedEarly("run", o instanceof Failed f ? String.valueOf(f.message()) : null,
						o instanceof Cancelled);
	}

	/** "Kept as version 4 (applied) of demo-site" after a change went in; "" before, or when nothing changed. */
	public String versionKept() {
		return kept;
	}

	/** Where the run left the desk's request the kit was built for ("" when it was built for none). */
	public String requestMoved() {
		return request.said();
	}

	/** Null until the job has run. */
	public Outcome outcome() {
		return outcome;
	}

	public Order order() {
		return order;
	}
}
