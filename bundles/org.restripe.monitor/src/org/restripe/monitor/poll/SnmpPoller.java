package org.restripe.monitor.poll;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.smi.Address;
import org.snmp4j.util.DefaultPDUFactory;
import org.snmp4j.util.PDUFactory;

/**
 * Polls SNMP agents asynchronously: {@link #poll} returns at once and completes with a {@link TargetPoll};
 * at most {@link PollerSettings#maxInFlight()} requests are outstanding over all targets, the rest wait
 * their turn. One target's failure (no answer, refusal, garbage) is that target's error; the others go on.
 */
public final class SnmpPoller implements AutoCloseable {
	private final PollerSettings settings;
	private final SnmpSession session;
	private final Map<PollTarget, Target<Address>> targets = new ConcurrentHashMap<>();
	private final Queue<PollJob> waiting = new ConcurrentLinkedQueue<>();
	private final AtomicInteger inFlight = new AtomicInteger();
	private final LongAdder requests = new LongAdder();
	private final ExecutorService discovery;
	private final PollSchedules schedules = new PollSchedules(this);

	private SnmpPoller(PollerSettings settings) throws IOException {
		this.settings = settings;
		this.session = new SnmpSession();
		this.discovery = Executors.newFixedThreadPool(Math.min(8, settings.maxInFlight()), r -> {
			Thread t = new Thread(r, "snmp-v3-discovery");
			t.setDaemon(true);
			return t;
		});
	}

	/** A poller with its own UDP socket; close it when done. */
	public static SnmpPoller open(PollerSettings settings) throws IOException {
		return new SnmpPoller(settings);
	}

	/** Reads {@code tables} of {@code target}; completes (never exceptionally) when done or given up. */
	public CompletableFuture<TargetPoll> poll(PollTarget target, Collection<SnmpTable> tables) {
		PollJob job = new PollJob(this, target, List.copyOf(Set.copyOf(tables)).stream().sorted().toList(), settings);
		job.result.whenComplete((r, e) -> finished());
		waiting.add(job);
		startWaiting();
		return job.result;
	}

	/**
	 * Polls every target once, waiting for all, and returns their polls in the targets' order.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled (polls under way are left to finish)
	 */
	public List<TargetPoll> pollAll(List<PollTarget> all, Collection<SnmpTable> tables, IProgressMonitor monitor)
			throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, "Polling " + all.size() + " SNMP agents", all.size());
		List<CompletableFuture<TargetPoll>> futures = all.stream().map(t -> poll(t, tables)).toList();
		List<TargetPoll> polls = new ArrayList<>();
		for (CompletableFuture<TargetPoll> f : futures) {
			polls.add(await(f, progress));
			progress.worked(1);
		}
		return polls;
	}

	private static TargetPoll await(Future<TargetPoll> f, IProgressMonitor monitor) throws InterruptedException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				return f.get(100, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// look at the monitor again
			} catch (ExecutionException e) {
				throw new IllegalStateException("a poll failed unexpectedly", e.getCause());
			}
		}
	}

	/**
	 * Polls {@code target} every {@link PollTarget#interval()} from now on, handing each poll to {@code sink}
	 * (on a poller thread). A poll still running when the next is due makes that one skip, not pile up.
	 */
	public PollSchedule schedule(PollTarget target, Collection<SnmpTable> tables, Consumer<TargetPoll> sink) {
		return schedules.add(target, tables, sink);
	}

	/** Requests sent so far (GETs, GETBULKs; retries not counted). */
	public long requestsSent() {
		return requests.sum();
	}

	private void startWaiting() {
		while (true) {
			int now = inFlight.get();
			if (now >= settings.maxInFlight() || waiting.isEmpty()) {
				return;
			}
			if (inFlight.compareAndSet(now, now + 1)) {
				PollJob job = waiting.poll();
				if (job == null) {
					inFlight.decrementAndGet();
					continue;
				}
				begin(job);
			}
		}
	}

	private void finished() {
		inFlight.decrementAndGet();
		startWaiting();
	}

	private void begin(PollJob job) {
		PollTarget target = job.target();
		Target<Address> known = targets.get(target);
		if (known != null) {
			job.start(known);
		} else if (target.credentials() instanceof SnmpCredentials.Community c) {
			job.start(targets.computeIfAbsent(target, t -> SnmpSession.communityTarget(t, c)));
		} else {
			discovery.execute(() -> discover(job, (SnmpCredentials.V3User) target.credentials()));
		}
	}

	private void discover(PollJob job, SnmpCredentials.V3User user) {
		try {
			Target<Address> t = session.userTarget(job.target(), user);
			targets.put(job.target(), t);
			job.start(t);
		} catch (IOException | RuntimeException e) {
			job.fail(e.getMessage());
		}
	}

	SnmpSession session() {
		return session;
	}

	void countRequest() {
		requests.increment();
	}

	/** GETBULK PDUs for TableUtils, counted as they are made (one per request). */
	PDUFactory countingFactory(int maxRepetitions) {
		return new PDUFactory() {
			@Override
			public PDU createPDU(Target<?> target) {
				requests.increment();
				PDU pdu = DefaultPDUFactory.createPDU(target, PDU.GETBULK);
				pdu.setMaxRepetitions(maxRepetitions);
				return pdu;
			}

			@Override
			public PDU createPDU(MessageProcessingModel model) {
				requests.increment();
				return DefaultPDUFactory.createPDU(model, PDU.GETBULK);
			}
		};
	}

	@Override
	public void close() throws IOException {
		schedules.close();
		discovery.shutdownNow();
		session.close();
	}
}
