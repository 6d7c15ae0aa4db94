package org.restripe.connect.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Progress;
import org.restripe.connect.LoginRefusedException;
import org.restripe.connect.MemoryStepJournal;
import org.restripe.connect.ScriptRunner;
import org.restripe.connect.ScriptStoppedException;
import org.restripe.connect.SecretSource;
import org.restripe.connect.StepJournal;
import org.restripe.plan.kit.KitScript.KitStep;

/**
 * Undoes the steps the journal holds as done, last array first and in each array last step first, from the
 * kit's rollback scripts. A step without an inverse (data destroyed) stops the array's rollback there: it and
 * the steps before it are reported as not undone, never pretended undone.
 */
final class Rollback {
	private final List<ArrayScript> scripts;
	private final SiteSession session;
	private final SecretSource secrets;
	private final StepJournal journal;
	private final RunSettings settings;

	Rollback(List<ArrayScript> scripts, SiteSession session, SecretSource secrets, StepJournal journal,
			RunSettings settings) {
		this.scripts = scripts;
		this.session = session;
		this.secrets = secrets;
		this.journal = journal;
		this.settings = settings;
	}

	/** Runs the rollback; returns the steps that could not be undone, each with the reason. */
	List<String> run(IProgressMonitor monitor) throws IOException, ScriptStoppedException {
		monitor.beginTask("Rolling back", scripts.size());
		IProgressMonitor progress = monitor;
		List<String> notUndone = new ArrayList<>();
		for (int i = scripts.size() - 1; i >= 0; i--) {
			ArrayScript script = scripts.get(i);
			List<KitStep> undo = new ArrayList<>();
			boolean blocked = false;
			for (KitStep step : script.rollback().steps()) {
				if (!journal.isDone(script.arrayName(), step.number())) {
					continue;
				}
				if (blocked || step.commands().isEmpty()) {
					// the steps before an irreversible one stand on it: undoing them would act on what is gone
					notUndone.add(script.arrayName() + " step " + step.number() + " (" + step.summary() + "): "
							+ (blocked ? "stands on a step that cannot be undone" : String.join(" ", step.notes())));
					blocked = true;
				} else {
					undo.add(step);
				}
			}
			if (!undo.isEmpty()) {
				undoOnArray(script, undo, Progress.share(progress, 1));
			}
		}
		session.recording().marker("rollback finished" + (notUndone.isEmpty() ? "" : "; not undone: " + notUndone));
		return notUndone;
	}

	private void undoOnArray(ArrayScript script, List<KitStep> undo, IProgressMonitor monitor)
			throws IOException, ScriptStoppedException {
		StepJournal undoing = new Undoing(journal);
		int attempt = 0;
		while (true) {
			try (ConsoleSession console = new ArrayConsoles(session.access(new NullProgressMonitor()), secrets,
					session.recording(), settings.consoleUser(), settings.replyTimeout()).login(script.arrayName(),
							script.driver())) {
				new ScriptRunner(console, script.driver().console(), script.arrayName(), (a, s) -> true)
						.waitingForWork(settings.checkInterval(), settings.checkPatience()).journal(undoing)
						.runSteps(undo, monitor);
				return;
			} catch (LoginRefusedException e) {
				throw e;
			} catch (IOException e) {
				if (attempt++ >= settings.reconnects()) {
					throw e;
				}
				session.lost(e.getMessage() + "; calling the site again to finish the rollback of " + script.arrayName());
			}
		}
	}

	/**
	 * The rollback's own progress: an undo step that finished marks the forward step undone in the run's journal,
	 * so a rollback interrupted by a dropped line goes on where it stopped and never undoes a step twice.
	 */
	private static final class Undoing extends MemoryStepJournal {
		private final StepJournal forward;

		Undoing(StepJournal forward) {
			this.forward = forward;
		}

		@Override
		public boolean isDone(String arrayName, int stepNumber) {
			return !forward.isDone(arrayName, stepNumber) || super.isDone(arrayName, stepNumber);
		}

		@Override
		public void done(String arrayName, int stepNumber) throws IOException {
			forward.undone(arrayName, stepNumber);
			super.done(arrayName, stepNumber);
		}
	}
}
