package org.restripe.ui.monitoring;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.samples.MonitorRun;
import org.restripe.store.StoreException;

/**
 * Polls a site's SNMP targets and stores what they read, round by round, as {@code restripe monitor} does
 * (MonitorRun into the SampleStore). Not a user job: its progress is in the Progress view and the status line,
 * and what it ends with is the view's to say ({@link #outcome()}). One poll of a site at a time (its rule).
 */
abstract class SitePollJob extends Job {
	/** How the last round went, in words, and whether every target answered; or why no round ran. */
	record Outcome(String words, boolean failed) {
	}

	final String site;
	private volatile Outcome outcome;
	private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();

	SitePollJob(String name, String site) {
		super(name);
		this.site = site;
		setUser(false);
		setRule(new SiteRule(site));
	}

	/** "Poll of demo-site", "Monitoring demo-site, round 3". */
	abstract String heading(int round);

	/** How long and how often to poll. */
	abstract Duration total();

	abstract Duration every();

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			List<PollTarget> targets = MonitoringPreferences.pollTargets(site);
			if (targets.isEmpty()) {
				outcome = new Outcome("Site " + site + " has no SNMP targets: set them with Targets...", true);
				return Status.OK_STATUS;
			}
			MonitorRun run = SiteMonitoring.get().runFor(site, targets);
			run.run(total(), every(), round -> {
				outcome = new Outcome(words(round), round.reached() < round.targets());
				listeners.forEach(l -> l.accept(outcome));
				SiteMonitoring.get().samplesLanded(site);
			}, monitor);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (StoreException | IOException | IllegalArgumentException e) {
			outcome = new Outcome("Polling site " + site + " failed: " + e.getMessage(), true);
			return Status.OK_STATUS; // shown in the dashboard, not as a second dialog
		} finally {
			monitor.done();
		}
	}

	private String words(MonitorRun.Round round) {
		String answered = round.reached() + " of " + round.targets() + (round.targets() == 1 ? " target" : " targets")
				+ " answered, " + round.samples() + " samples stored";
		String errors = round.errors().isEmpty() ? "" : "; " + String.join("; ", round.errors());
		return heading(round.number()) + ": " + answered + errors;
	}

	/** Told each round's outcome, from the job's thread. */
	void onOutcome(Consumer<Outcome> listener) {
		listeners.add(listener);
	}

	/** Null until a round ran or the job gave up. */
	Outcome outcome() {
		return outcome;
	}

	/** Polls of one site run one after another: they share its MonitorRun. */
	private record SiteRule(String site) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}
