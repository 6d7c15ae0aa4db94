package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.restripe.connect.FileStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.ArrayScript;
import org.restripe.connect.run.KitRun;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunResult;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteSession;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.workflow.RequestState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe apply KIT --current SITE --line LINE}: the reconfiguration itself. Refuses a kit no trusted
 * center signed, an altered or stale one, and arrays that are no longer as SITE says; runs every array's
 * script over one recorded session (resuming from the journal after a dropped line or an earlier attempt);
 * asks for the commit-confirm; verifies by discovering again.
 */
@Command(name = "apply", description = "Run a signed kit at the site over the line, commit-confirmed, and verify "
		+ "the result (exit 0 only when every array is verified as designed).")
final class ApplyCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	KitOptions kitOptions;

	@Option(names = "--current", required = true, paramLabel = "SITE.restripe", description = "the configuration "
			+ "the kit was planned from; the arrays must still be so")
	Path currentFile;

	@Option(names = "--confirm-within", paramLabel = "DURATION", defaultValue = "10m", converter = HumanDuration.class,
			description = "commit-confirm: keep the change only if confirmed within this time (default: ${DEFAULT-VALUE})")
	Duration confirmWithin;

	@Option(names = "--check-every", paramLabel = "DURATION", defaultValue = "30s", converter = HumanDuration.class,
			description = "how often long work (a volume initialisation) is checked again (default: ${DEFAULT-VALUE})")
	Duration checkEvery;

	@Option(names = "--no-commit-confirm", description = "keep the change without asking for a confirmation")
	boolean noCommitConfirm;

	@Option(names = "--confirm-steps", description = "backups and site visits the kit asks for are confirmed already")
	boolean confirmSteps;

	@Option(names = "--rollback-on-halt", negatable = true, description = "after a failed step, roll back the steps "
			+ "done (--no-rollback-on-halt: leave them); asked on the terminal when not given")
	Boolean rollbackOnHalt;

	@Mixin
	LineOptions line;

	@Mixin
	SharedDatabaseOptions desk;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Kit kit = kitOptions.read();
		out.println("Kit " + kitOptions.kitFile + ", signed by " + kit.signer());
		Site current = SiteFiles.load(currentFile);
		kit.checkFresh(current);
		Site desired = kit.desired();
		List<ArrayScript> scripts = ArrayScript.of(kit, SiteWork.drivers());
		RunSettings settings = RunSettings.standard().replyingWithin(line.replyTimeout())
				.confirmingWithin(confirmWithin).checkingEvery(checkEvery, RunSettings.standard().checkPatience());
		Path journalFile = KitRuns.journalFile(kitOptions.dataDirectory(), kit);
		TerminalAnswers answers = new TerminalAnswers(((RestripeCli) spec.root().userObject()).in(), out, confirmSteps,
				rollbackOnHalt);
		try (FileStepJournal journal = FileStepJournal.open(journalFile);
				SiteCall call = SiteCall.open(line, kitOptions.dataDirectory(), "apply", "apply " + kitOptions.kitFile,
						current, settings)) {
			out.println("Recording to " + call.recording.file());
			if (!stillAsPlanned(call, current, journal, out)) {
				return 1;
			}
			KitRequests.reached(kitOptions.dataDirectory(), desk, kitOptions.kitFile, RequestState.CONNECTED,
					"connected to " + current.getName() + " to run the kit", out);
			KitRun run = new KitRun(scripts, call.session, call.secrets, journal, settings).confirmingStepsWith(answers)
					.offeringRollbackWith(answers).reportingTo((array, step, what) -> {
						out.printf("  %s step %d (%s): %s%n", array, step.number(), step.summary(), what);
						out.flush();
					});
			if (!noCommitConfirm) {
				run.commitConfirmedBy(answers);
			}
			RunResult result = run.run(new CliProgress(out));
			out.println(result.outcome() + ": " + result.message());
			boolean verified = afterwards(result, call, current, desired, kit, out);
			out.println("Recorded in " + call.recording.file() + "; journal " + journalFile);
			if (result.changedAsPlanned()) {
				DeskDatabase.record(kitOptions.dataDirectory(), desk, KitRequests.deskSiteName(currentFile), desired,
						org.restripe.workflow.VersionReason.APPLIED,
						"kit " + kitOptions.kitFile + (verified ? ", verified" : ", NOT verified"), out);
			}
			KitRequests.reached(kitOptions.dataDirectory(), desk, kitOptions.kitFile, RequestAfterRun.state(result, verified),
					RequestAfterRun.why(result, verified), out);
			return result.changedAsPlanned() && verified ? 0 : 1;
		}
	}

	/** Refuses arrays that changed since SITE was taken (a stale plan), unless this is a resumed run. */
	private boolean stillAsPlanned(SiteCall call, Site current, FileStepJournal journal, PrintWriter out)
			throws Exception {
		if (!journal.isEmpty()) {
			out.println("Resuming an earlier run of this kit (journal " + journal.file() + ")");
			return true;
		}
		// the kit is bound to the whole configuration, so every array must still be as SITE says
		List<SiteArray> arrays = SiteArrays.of(current, SiteWork.drivers());
		Map<String, List<String>> differences = SiteDiscovery.compare(arrays, call.discover(arrays, out));
		if (differences.isEmpty()) {
			out.println("The arrays are as " + currentFile + " says.");
			return true;
		}
		spec.commandLine().getErr().println("restripe apply: refused: the arrays are no longer as " + currentFile
				+ " says (stale plan); discover the site and plan again:");
		SiteWork.printDifferences(differences, arrays, "in " + currentFile, spec.commandLine().getErr());
		return false;
	}

	private boolean afterwards(RunResult result, SiteCall call, Site current, Site desired, Kit kit, PrintWriter out)
			throws Exception {
		if (result.changedAsPlanned()) {
			return VerifyCommand.verify(call, VerifyCommand.kitArrays(kit, desired), out);
		}
		if (result.outcome() == RunResult.Outcome.ROLLED_BACK
				|| result.outcome() == RunResult.Outcome.HALTED_ROLLED_BACK) {
			List<SiteArray> arrays = VerifyCommand.kitArrays(kit, current);
			out.println("After the rollback (discovered again, compared with " + currentFile + "):");
			SiteWork.printDifferences(SiteDiscovery.compare(arrays, call.discover(arrays, out)), arrays, "before the run",
					out);
		}
		return false;
	}
}
