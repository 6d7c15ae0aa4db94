package org.restripe.connect;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.Operation;
import org.restripe.drivers.api.RenderedStep;

/**
 * Runs one array's rendered steps over its console, as an engineer at the site would: types each command
 * line and answers its questions, stops at the first reply the driver's dialect calls a refusal, proves
 * every step by its check before the next one starts, and waits for long work (a volume initialisation)
 * by re-running the check while the array reports it still running. Cancellation is honoured between
 * commands, never in the middle of one, so the array is always left at a known command boundary.
 */
public final class ScriptRunner {
	private final ConsoleSession console;
	private final ConsoleDialect dialect;
	private final String arrayName;
	private final StepConfirmation confirmation;
	private Duration checkInterval = Duration.ofSeconds(30);
	private Duration checkPatience = Duration.ofHours(12);

	public ScriptRunner(ConsoleSession console, ConsoleDialect dialect, String arrayName,
			StepConfirmation confirmation) {
		this.console = console;
		this.dialect = dialect;
		this.arrayName = arrayName;
		this.confirmation = confirmation;
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

	/** Runs the steps in order; returns when all are done or the monitor was cancelled between commands. */
	public ScriptOutcome run(List<RenderedStep> steps, IProgressMonitor monitor)
			throws ScriptStoppedException, IOException {
		monitor.beginTask(arrayName + ": " + steps.size() + " steps", steps.size());
		try {
			for (int i = 0; i < steps.size(); i++) {
				StepRun step = new StepRun(i + 1, steps.size(), steps.get(i), monitor);
				monitor.subTask(step.title());
				// a step without commands would otherwise count as done after Cancel was pressed
				if (monitor.isCanceled() || !step.perform()) {
					return new ScriptOutcome(arrayName, steps.size(), i, true);
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
		private final int number;
		private final int of;
		private final RenderedStep rendered;
		private final IProgressMonitor monitor;

		StepRun(int number, int of, RenderedStep rendered, IProgressMonitor monitor) {
			this.number = number;
			this.of = of;
			this.rendered = rendered;
			this.monitor = monitor;
		}

		String title() {
			return arrayName + ": step " + number + " of " + of + " (" + rendered.step().operation().label() + " "
					+ rendered.step().targetName() + ")";
		}

		boolean perform() throws ScriptStoppedException, IOException {
			if (needsPerson() && !confirmation.confirmed(arrayName, rendered)) {
				throw stopped("not confirmed: " + rendered.instruction(), "");
			}
			for (CommandLine line : rendered.commands()) {
				if (monitor.isCanceled()) {
					return false;
				}
				String reply = console.run(line);
				String refusal = dialect.refusal(reply).orElse(null);
				if (refusal != null) {
					throw stopped("the array refused '" + line.text() + "': " + refusal, reply);
				}
			}
			return !rendered.check().needsCommand() || proveByCheck();
		}

		private boolean needsPerson() {
			Operation operation = rendered.step().operation();
			return operation.isHardware() || operation == Operation.CONFIRM_BACKUP;
		}

		/** Runs the check until it holds, fails, or (work still running) the patience runs out. */
		private boolean proveByCheck() throws ScriptStoppedException, IOException {
			Check check = rendered.check();
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
				if (!check.stillRunning(output)) {
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

		private void pause() throws InterruptedIOException {
			try {
				Thread.sleep(checkInterval.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException(title() + ": interrupted while waiting for the array");
			}
		}

		private ScriptStoppedException stopped(String why, String reply) {
			return new ScriptStoppedException(arrayName, number, number - 1,
					"Array " + arrayName + ", step " + number + " of " + of + " (" + rendered.step().operation().label()
							+ " " + rendered.step().targetName() + ") stopped: " + why,
					reply);
		}
	}
}
