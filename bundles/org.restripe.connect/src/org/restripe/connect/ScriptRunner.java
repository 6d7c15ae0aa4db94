package org.restripe.connect;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.RenderedStep;
import org.restripe.drivers.api.RunningWork;
import org.restripe.drivers.api.WorkList;
import org.restripe.plan.kit.KitScript;
import org.restripe.plan.kit.KitScript.KitStep;

/**
 * Runs one array's steps over its console, as an engineer at the site would: types each command line and
 * answers its questions, stops at the first reply the driver's dialect calls a refusal, proves every step by
 * its check before the next one starts, and waits for long work (a volume initialisation) by re-running the
 * check while the array reports it still running, telling its percent where the array lists running work. Cancellation is honoured between commands, never in the
 * middle of one, so the array is always left at a known command boundary.
 * <p>
 * Resuming: steps the journal holds as done are skipped; a step it holds as started but not done is checked
 * before it runs, and skipped if its check already holds (it ran, but the line dropped before its end was seen).
 */
public final class ScriptRunner {
	private final ConsoleSession console;
	private final ConsoleDialect dialect;
	private final String arrayName;
	private final StepConfirmation confirmation;
	private Duration checkInterval = Duration.ofSeconds(30);
	private Duration checkPatience = Duration.ofHours(12);
	private StepJournal journal = new MemoryStepJournal();
	private StepListener listener = StepListener.SILENT;
	private WorkList workList;

	public ScriptRunner(ConsoleSession console, ConsoleDialect dialect, String arrayName,
			StepConfirmation confirmation) {
		this.console = console;
		this.dialect = dialect;
		this.arrayName = arrayName;
		this.confirmation = confirmation;
	}

	/** What the runner tells about each step as it goes: for the recording, the progress view, the CLI. */
	public interface StepListener {
		void step(String arrayName, KitStep step, String what);

		StepListener SILENT = (array, step, what) -> { };
	}

	/**
	 * How often a check of unfinished work is run again, and how long the work may take in all before the
	 * step fails; a real T3 initialises a large volume for hours, a simulated one in seconds.
	 */
	public ScriptRunner waitingForWork(Duration interval, Duration patience) {
		this.checkInterval = interval;
		this.checkPatience = patience;
		return this;
	}

	/**
	 * While a step waits for long work, reads how far it got from the array's list of running work
	 * ({@code proc list} on a T3), as an engineer watches it, and reports the percent through the progress
	 * monitor and the listener; work the list shows on the step's volume also counts as still running.
	 */
	public ScriptRunner watchingWork(WorkList list) {
		this.workList = list;
		return this;
	}

	/** Keeps which steps ran in {@code stepJournal}, and skips those it already holds (resume). */
	public ScriptRunner journal(StepJournal stepJournal) {
		this.journal = stepJournal;
		return this;
	}

	public ScriptRunner listener(StepListener stepListener) {
		this.listener = stepListener;
		return this;
	}

	/** Runs rendered steps (numbered from 1 in this array's script). */
	public ScriptOutcome run(List<RenderedStep> steps, IProgressMonitor monitor)
			throws ScriptStoppedException, IOException {
		List<KitStep> kitSteps = new ArrayList<>(steps.size());
		for (int i = 0; i < steps.size(); i++) {
			kitSteps.add(KitScript.stepOf(i + 1, steps.get(i)));
		}
		return runSteps(kitSteps, monitor);
	}

	/** Runs the steps in order; returns when all are done or the monitor was cancelled between commands. */
	public ScriptOutcome runSteps(List<KitStep> steps, IProgressMonitor monitor)
			throws ScriptStoppedException, IOException {
		monitor.beginTask(arrayName + ": " + steps.size() + " steps", steps.size());
		try {
			for (int i = 0; i < steps.size(); i++) {
				StepRun step = new StepRun(i + 1, steps.size(), steps.get(i), monitor);
				monitor.subTask(step.title());
				int number = step.kitStep.number();
				if (journal.isDone(arrayName, number)) {
					listener.step(arrayName, step.kitStep, "already done: skipped");
				} else if (journal.isStarted(arrayName, number) && step.alreadyHolds()) {
					// it ran before the line dropped, but its end was never seen
					journal.done(arrayName, number);
					listener.step(arrayName, step.kitStep, "its check already holds: skipped, not applied twice");
				} else {
					// a step without commands would otherwise count as done after Cancel was pressed
					if (monitor.isCanceled()) {
						return new ScriptOutcome(arrayName, steps.size(), i, true);
					}
					journal.started(arrayName, number);
					if (!step.perform()) {
						return new ScriptOutcome(arrayName, steps.size(), i, true);
					}
					journal.done(arrayName, number);
					listener.step(arrayName, step.kitStep, "done");
				}
				monitor.worked(1);
			}
			return new ScriptOutcome(arrayName, steps.size(), steps.size(), false);
		} finally {
			monitor.done();
		}
	}

	/** One step in progress; {@link #perform()} is false when the engineer cancelled before it finished. */
	private final class StepRun {
		private final int position;
		private final int of;
		private final KitStep kitStep;
		private final IProgressMonitor monitor;
		private int reportedPercent = -1;

		StepRun(int position, int of, KitStep kitStep, IProgressMonitor monitor) {
			this.position = position;
			this.of = of;
			this.kitStep = kitStep;
			this.monitor = monitor;
		}

		String title() {
			return arrayName + ": step " + position + " of " + of + " (" + kitStep.summary() + ")";
		}

		boolean alreadyHolds() throws IOException {
			Check check = kitStep.check();
			if (!check.needsCommand()) {
				return false;
			}
			String output = console.run(check.command());
			return dialect.refusal(output).isEmpty() && check.passes(output);
		}

		boolean perform() throws ScriptStoppedException, IOException {
			if (kitStep.needsPerson() && !confirmation.confirmed(arrayName, kitStep)) {
				throw stopped("not confirmed: " + kitStep.personInstruction(), "");
			}
			for (CommandLine line : kitStep.commands()) {
				if (monitor.isCanceled()) {
					return false;
				}
				String reply = console.run(line);
				String refusal = dialect.refusal(reply).orElse(null);
				if (refusal != null) {
					throw stopped("the array refused '" + line.text() + "': " + refusal, reply);
				}
			}
			return !kitStep.check().needsCommand() || proveByCheck();
		}

		/** Runs the check until it holds, fails, or (work still running) the patience runs out. */
		private boolean proveByCheck() throws ScriptStoppedException, IOException {
			Check check = kitStep.check();
			long deadline = System.nanoTime() + checkPatience.toNanos();
			while (true) {
				if (monitor.isCanceled()) {
					return false;
				}
				String output = console.run(check.command());
				String refusal = dialect.refusal(output).orElse(null);
				if (refusal != null) {
					throw stopped("the array refused the check '" + check.command() + "': " + refusal, output);
				}
				if (check.passes(output)) {
					return true;
				}
				RunningWork work = runningWork();
				if (work != null) {
					report(work);
				}
				if (!check.stillRunning(output) && work == null) {
					throw stopped("check failed: expected " + check.meaning() + "; '" + check.command() + "' showed:\n"
							+ output.strip(), output);
				}
				if (System.nanoTime() > deadline) {
					throw stopped("still not finished after " + checkPatience.toMinutes() + " min: expected "
							+ check.meaning() + "; '" + check.command() + "' showed:\n" + output.strip(), output);
				}
				pause();
			}
		}

		/** The step's work as the array's work list shows it now; null without a list or work of this step. */
		private RunningWork runningWork() throws IOException {
			if (workList == null) {
				return null;
			}
			String output = console.run(workList.command());
			if (dialect.refusal(output).isPresent()) {
				return null;
			}
			List<String> words = new ArrayList<>();
			kitStep.commands().forEach(line -> words.addAll(List.of(line.text().split("\\s+"))));
			return workList.read(output).stream().filter(w -> words.contains(w.target())).findFirst().orElse(null);
		}

		private void report(RunningWork work) {
			if (work.percent() == reportedPercent) {
				return;
			}
			reportedPercent = work.percent();
			String what = work.command() + " " + work.target() + ": " + work.percent() + "% done";
			monitor.subTask(title() + ": " + what);
			listener.step(arrayName, kitStep, what);
		}

		private void pause() throws InterruptedIOException {
			try {
				Thread.sleep(checkInterval.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException(title() + ": interrupted while waiting for the array");
			}
		}

		private ScriptStoppedException stopped(String why, String reply) {
			String where = kitStep.number() == position ? "step " + position + " of " + of + " (" + kitStep.summary() + ")"
					: "step " + kitStep.number() + " (" + position + " of " + of + " on this array: " + kitStep.summary() + ")";
			return new ScriptStoppedException(arrayName, kitStep.number(), position - 1,
					"Array " + arrayName + ", " + where + " stopped: " + why, reply);
		}
	}
}
