package org.restripe.monitor.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TargetPoll;
import org.restripe.store.StoreException;

/**
 * Ongoing monitoring of one site for a while: every so often all its targets are polled at once and what
 * they read is stored as samples, round by round, so a round's samples are stored even if a later one fails.
 */
public final class MonitorRun {
	private final SnmpPoller poller;
	private final SampleStore store;
	private final ReadingSamples readings;
	private final List<PollTarget> targets;

	/** What one round brought. */
	public record Round(int number, Instant at, int targets, int reached, int samples, List<String> errors) {
	}

	public MonitorRun(SnmpPoller poller, SampleStore store, String site, List<PollTarget> targets) {
		this.poller = poller;
		this.store = store;
		this.readings = new ReadingSamples(site);
		this.targets = List.copyOf(targets);
	}

	/**
	 * Polls and stores a round every {@code every} for {@code total}, then rolls up samples older than a week.
	 *
	 * @return the rounds
	 * @throws OperationCanceledException when cancelled; the rounds before are stored
	 */
	public List<Round> run(Duration total, Duration every, Consumer<Round> eachRound, IProgressMonitor monitor)
			throws StoreException, InterruptedException {
		long rounds = Math.max(1, total.toMillis() / every.toMillis());
		// no SubMonitor: it needs Equinox's tracing classes, which the flat-classpath CLI does not have
		monitor.beginTask("Monitoring " + targets.size() + " targets", (int) rounds);
		List<Round> done = new ArrayList<>();
		long start = System.nanoTime();
		try {
			for (int n = 1; n <= rounds; n++) {
				Round round = round(n, monitor);
				done.add(round);
				eachRound.accept(round);
				monitor.worked(1);
				if (n < rounds) {
					waitUntil(start + every.toNanos() * n, monitor);
				}
			}
			store.rollUp(Instant.now());
			return done;
		} finally {
			monitor.done();
		}
	}

	private Round round(int number, IProgressMonitor monitor) throws StoreException, InterruptedException {
		Instant at = Instant.now();
		List<TargetPoll> polls = pollAll(monitor);
		List<Sample> samples = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		int reached = 0;
		for (TargetPoll poll : polls) {
			if (poll.isReached()) {
				reached++;
			} else {
				errors.add(poll.error());
			}
			poll.tables().stream().filter(t -> !t.isComplete()).forEach(t -> errors.add(t.target() + ": " + t.table().label()
					+ ": " + t.error()));
			samples.addAll(readings.of(poll));
		}
		store.write(samples);
		return new Round(number, at, targets.size(), reached, samples.size(), List.copyOf(errors));
	}

	/**
	 * Every target at once through the poller's pollAll (which no longer needs Equinox's SubMonitor), under a
	 * monitor of its own that answers the run's cancel: its beginTask must not end the run's.
	 */
	private List<TargetPoll> pollAll(IProgressMonitor monitor) throws InterruptedException {
		return poller.pollAll(targets, EnumSet.allOf(SnmpTable.class), new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}
		});
	}

	/** Sleeps in short steps so a cancel is honoured within a fraction of a second. */
	private static void waitUntil(long nanos, IProgressMonitor monitor) throws InterruptedException {
		while (System.nanoTime() < nanos) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Thread.sleep(Math.max(1, Math.min(100, (nanos - System.nanoTime()) / 1_000_000)));
		}
	}
}
