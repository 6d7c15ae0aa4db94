package org.restripe.connect.run;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Progress;
import org.restripe.connect.LoginRefusedException;
import org.restripe.connect.ScriptOutcome;
import org.restripe.connect.ScriptRunner;
import org.restripe.connect.ScriptStoppedException;
import org.restripe.connect.SecretSource;
import org.restripe.connect.StepConfirmation;
import org.restripe.connect.StepJournal;
import org.restripe.connect.run.CommitConfirmation.Answer;
import org.restripe.connect.run.RunResult.Outcome;

/**
 * Carries out a verified kit at the site: each array's signed script, one array after the other, over one
 * session; a dropped line is called again and the run resumes from the journal without applying a step twice;
 * the first failure halts the run, naming the array and step, and the rollback of the steps done is offered;
 * with commit-confirm, the change stays only if the engineer confirms it in time, otherwise (or when the line
 * is lost before that) the rollback runs by itself.
 */
public final class KitRun {
	private static final Duration POLL = Duration.ofMillis(200);

	private final List<ArrayScript> scripts;
	private final SiteSession session;
	private final SecretSource secrets;
	private final StepJournal journal;
	private final RunSettings settings;
	private StepConfirmation stepConfirmation = (array, step) -> false;
	private CommitConfirmation commitConfirmation;
	private RollbackOffer rollbackOffer = (message, done) -> false;
	private ScriptRunner.StepListener listener = ScriptRunner.StepListener.SILENT;
	private final List<String> done = new ArrayList<>();

	/** Whether to roll back the steps done after a halt; the workbench asks in a dialog, the CLI on the terminal. */
	@FunctionalInterface
	public interface RollbackOffer {
		boolean rollBack(String haltMessage, List<String> stepsDone);
	}

	public KitRun(List<ArrayScript> scripts, SiteSession session, SecretSource secrets, StepJournal journal,
			RunSettings settings) {
		this.scripts = List.copyOf(scripts);
		this.session = session;
		this.secrets = secrets;
		this.journal = journal;
		this.settings = settings;
	}

	/** Who confirms site visits and backups; without one, such steps stop the run. */
	public KitRun confirmingStepsWith(StepConfirmation confirmation) {
		this.stepConfirmation = confirmation;
		return this;
	}

	/** Commit-confirmed mode: the change must be confirmed within {@link RunSettings#confirmWithin()}. */
	public KitRun commitConfirmedBy(CommitConfirmation confirmation) {
		this.commitConfirmation = confirmation;
		return this;
	}

	public KitRun offeringRollbackWith(RollbackOffer offer) {
		this.rollbackOffer = offer;
		return this;
	}

	public KitRun reportingTo(ScriptRunner.StepListener stepListener) {
		this.listener = stepListener;
		return this;
	}

	/** Runs every array's script; the result says how it ended. Never leaves a step half-typed. */
	public RunResult run(IProgressMonitor monitor) {
		monitor.beginTask("Running the kit on " + scripts.size() + " arrays", scripts.size() * 10 + 10);
		IProgressMonitor progress = monitor;
		try {
			marker("run of " + scripts.size() + " array scripts starts");
			for (ArrayScript script : scripts) {
				ScriptOutcome outcome = forward(script, Progress.share(progress, 10));
				if (outcome.cancelled()) {
					return result(Outcome.CANCELLED, "Cancelled on array " + script.arrayName() + " after " + done.size()
							+ " steps; the arrays are as the last finished step left them. Run the kit again to resume.",
							List.of());
				}
			}
		} catch (ScriptStoppedException e) {
			return halted(e, Progress.share(progress, 10));
		} catch (IOException e) {
			return lineLost(e);
		}
		if (commitConfirmation == null) {
			return result(Outcome.COMPLETED, "All " + done.size() + " steps ran and were proven by their checks.", List.of());
		}
		return awaitConfirmation(Progress.share(progress, 10));
	}

	/** One array's script, calling the site again when the line drops, resuming from the journal. */
	private ScriptOutcome forward(ArrayScript script, IProgressMonitor monitor)
			throws ScriptStoppedException, IOException {
		int attempt = 0;
		while (true) {
			try (ConsoleSession console = consoles(monitor).login(script.arrayName(), script.driver())) {
				return runner(console, script, journal, stepRecorder()).runSteps(script.script().steps(), monitor);
			} catch (LoginRefusedException e) {
				throw e;
			} catch (IOException e) {
				if (attempt++ >= settings.reconnects()) {
					throw e;
				}
				session.lost(e.getMessage() + "; calling the site again to resume " + script.arrayName());
			}
		}
	}

	private ScriptRunner.StepListener stepRecorder() {
		return (array, step, what) -> {
			if (what.equals("done") || what.startsWith("its check already holds")) {
				done.add(array + " step " + step.number());
			}
			marker(array + " step " + step.number() + " (" + step.summary() + "): " + what);
			listener.step(array, step, what);
		};
	}

	private ScriptRunner runner(ConsoleSession console, ArrayScript script, StepJournal stepJournal,
			ScriptRunner.StepListener stepListener) {
		return new ScriptRunner(console, script.driver().console(), script.arrayName(), stepConfirmation)
				.waitingForWork(settings.checkInterval(), settings.checkPatience()).journal(stepJournal)
				.listener(stepListener).watchingWork(script.driver().workList().orElse(null));
	}

	private ArrayConsoles consoles(IProgressMonitor monitor) throws IOException {
		return new ArrayConsoles(session.access(monitor), secrets, session.recording(), settings.consoleUser(),
				settings.replyTimeout());
	}

	private RunResult halted(ScriptStoppedException e, IProgressMonitor monitor) {
		marker("halted: " + e.getMessage());
		String message = e.getMessage() + "\nSteps done before it: " + (done.isEmpty() ? "none" : String.join(", ", done))
				+ ".";
		if (done.isEmpty() || !rollbackOffer.rollBack(message, List.copyOf(done))) {
			return result(Outcome.HALTED, message + (done.isEmpty() ? "" : "\nThe steps done were left in place."),
					List.of());
		}
		try {
			List<String> notUndone = new Rollback(scripts, session, secrets, journal, settings).run(monitor);
			return result(Outcome.HALTED_ROLLED_BACK, message + "\nThe steps done were rolled back"
					+ (notUndone.isEmpty() ? "." : ", except: " + String.join("; ", notUndone)), notUndone);
		} catch (IOException | ScriptStoppedException rollbackFailure) {
			return result(Outcome.HALTED, message + "\nThe rollback failed too: " + rollbackFailure.getMessage(),
					List.of());
		}
	}

	private RunResult lineLost(IOException e) {
		marker("line lost for good: " + e.getMessage());
		return result(Outcome.HALTED, "The line to the site was lost and could not be had again: " + e.getMessage()
				+ "\nSteps done: " + (done.isEmpty() ? "none" : String.join(", ", done))
				+ ". The journal keeps where each array stands: run the kit again to resume.", List.of());
	}

	/** Commit-confirmed: wait for the engineer; anything but a timely "yes" rolls the change back. */
	private RunResult awaitConfirmation(IProgressMonitor monitor) {
		Instant deadline = Instant.now().plus(settings.confirmWithin());
		marker("all steps done; waiting until " + deadline + " for the engineer to confirm the change");
		commitConfirmation.ask(deadline, done.size() + " steps on " + arrays(scripts.size()));
		String reason = null;
		while (reason == null) {
			Answer answer = commitConfirmation.answer();
			if (answer == Answer.CONFIRMED) {
				commitConfirmation.ended("confirmed");
				marker("change confirmed by the engineer");
				return result(Outcome.CONFIRMED, "All " + done.size() + " steps ran, were proven and the change was "
						+ "confirmed.", List.of());
			}
			reason = answer == Answer.DECLINED ? "the engineer declined the change"
					: monitor.isCanceled() ? "cancelled before the change was confirmed"
							: Instant.now().isAfter(deadline) ? "not confirmed within " + minutes(settings.confirmWithin())
									: session.stillUp() ? null : "the line was lost before the change was confirmed";
			if (reason == null) {
				sleep(POLL);
			}
		}
		return rollBackUnconfirmed(reason, monitor);
	}

	private RunResult rollBackUnconfirmed(String reason, IProgressMonitor monitor) {
		commitConfirmation.ended(reason);
		marker("automatic rollback: " + reason);
		try {
			if (!session.stillUp()) {
				session.lost(reason);
			}
			List<String> notUndone = new Rollback(scripts, session, secrets, journal, settings).run(monitor);
			return result(Outcome.ROLLED_BACK, "The change was rolled back by itself: " + reason + "."
					+ (notUndone.isEmpty() ? " The arrays are as before the run." : " Not undone: " + String.join("; ", notUndone)),
					notUndone);
		} catch (IOException | ScriptStoppedException e) {
			return result(Outcome.HALTED, "The change was not confirmed (" + reason + ") and its rollback failed: "
					+ e.getMessage(), List.of());
		}
	}

	/** "1 array", "3 arrays". */
	public static String arrays(int count) {
		return count + (count == 1 ? " array" : " arrays");
	}

	private static String minutes(Duration d) {
		return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
	}

	private RunResult result(Outcome outcome, String message, List<String> notUndone) {
		marker("run ended: " + outcome + ": " + message.replace('\n', ' '));
		return new RunResult(outcome, message, done, notUndone);
	}

	private void marker(String text) {
		try {
			session.recording().marker(text);
		} catch (IOException e) {
			// the recording's own failure surfaces at its next event, which stops the console
		}
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
