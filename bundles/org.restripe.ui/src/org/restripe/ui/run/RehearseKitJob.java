package org.restripe.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.restripe.cli.Rehearsal;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.ui.connect.SiteReadback;
import org.restripe.ui.kit.DriverServices;
import org.restripe.ui.session.SessionBoard;

/**
 * Rehearse Kit's work off the UI thread: {@link Rehearsal} runs the kit on a simulated twin of the site through
 * the same code as a real run (dialback, terminal server, consoles, checks, commit-confirm, verification),
 * recorded where the Session view follows it. Cancelling stops between two console exchanges.
 */
public final class RehearseKitJob extends Job {
	/** How the rehearsal ended. */
	public sealed interface Outcome {
	}

	/**
	 * The rehearsal ran: the report, each array's line against the design (empty when the run did not get to
	 * the verification), and how long the whole rehearsal took with the twin's start and the verification.
	 */
	public record Rehearsed(Rehearsal.Report report, List<String> verification, Duration took) implements Outcome {
	}

	public record Failed(String message) implements Outcome {
	}

	public record Cancelled() implements Outcome {
	}

	/** The checked kit, whether the twin's modem is fast, the real line's speed, where the session is recorded. */
	public record Order(KitCheck.Passed kit, boolean fastModem, int baud, Path recordingFile) {
	}

	private final Order order;
	private volatile Outcome outcome;

	public RehearseKitJob(Order order) {
		super("Rehearse kit " + order.kit().kitFile().getFileName() + " on a twin of " + order.kit().siteName());
		this.order = order;
		// as Run Kit: no modal progress dialog over the live session; the Session view cancels it
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		KitCheck.Passed kit = order.kit();
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		long started = System.nanoTime();
		try (DriverServices drivers = DriverServices.open()) {
			Rehearsal.Report report = Rehearsal.rehearse(kit.kit(), kit.current(), order.fastModem(),
					order.recordingFile(),
					(array, step, what) -> monitor.subTask(array + " step " + step.number() + ": " + what), monitor,
					drivers.registry());
			List<String> lines = List.of();
			if (report.differences() != null) {
				List<SiteArray> arrays = KitRuns.kitArrays(kit.kit(), kit.kit().desired(), drivers.registry());
				lines = SiteReadback.lines(report.differences(), arrays, "designed");
				SessionBoard.comparison("Verification on the twin (discovered again, compared with the kit's design):",
						lines);
			}
			outcome = new Rehearsed(report, lines, Duration.ofNanos(System.nanoTime() - started));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			outcome = new Cancelled();
			return Status.CANCEL_STATUS;
		} catch (Exception e) { // the rehearsal's own failures, each with its message: said in the report dialog
			outcome = new Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			return Status.OK_STATUS;
		} finally {
			SessionBoard.ended(endedHow());
			monitor.done();
		}
	}

	private String endedHow() {
		Outcome o = outcome;
		if (o instanceof Rehearsed r) {
			return "rehearsal " + r.report().result().outcome().name().toLowerCase().replace('_', ' ')
					+ (r.report().verified() ? ", verified" : "");
		}
		return SessionBoard.endedEarly("rehearsal", o instanceof Failed f ? String.valueOf(f.message()) : null,
				o instanceof Cancelled);
	}

	/** Null until the job has run. */
	public Outcome outcome() {
		return outcome;
	}

	public Order order() {
		return order;
	}
}
