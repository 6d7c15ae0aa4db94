package org.restripe.monitor.poll;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
		// beginTask/worked rather than SubMonitor, which needs the OSGi framework's debug options
		monitor.beginTask("Polling " + all.size() + " SNMP agents", all.size());
		try {
			List<CompletableFuture<TargetPoll>> futures = all.stream().map(t -> poll(t, tables)).toList();
			List<TargetPoll> polls = new ArrayList<>();
			for (CompletableFuture<TargetPoll> f : futures) {
				polls.add(await(f, monitor));
				monitor.worked(1);
			}
			return polls;
		} finally {
			monitor.done();
		}
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
		resolve(job.target()).whenComplete((t, e) -> {
			if (e == null) {
				job.start(t);
			} else {
				job.fail(e instanceof CompletionException c && c.getCause() != null ? c.getCause().getMessage() : e.getMessage());
			}
		});
	}

	/** The target's snmp4j Target: at once for v2c; for v3 after engine discovery, on a discovery thread. */
	private CompletableFuture<Target<Address>> resolve(PollTarget target) {
		Target<Address> known = targets.get(target);
		if (known != null) {
			return CompletableFuture.completedFuture(known);
		}
		if (target.credentials() instanceof SnmpCredentials.Community c) {
			return CompletableFuture.completedFuture(targets.computeIfAbsent(target, t -> SnmpSession.communityTarget(t, c)));
		}
		SnmpCredentials.V3User user = (SnmpCredentials.V3User) target.credentials();
		return CompletableFuture.supplyAsync(() -> {
			try {
				Target<Address> t = session.userTarget(target, user);
				targets.put(target, t);
				return t;
			} catch (IOException e) {
				throw new CompletionException(e);
			}
		}, discovery);
	}

	/**
	 * Walks the subtree under {@code rootOid} with GETBULKs of {@code maxRepetitions} (as snmpbulkwalk does),
	 * one request in flight; completes (never exceptionally) with every value or an error naming the target.
	 */
	public CompletableFuture<SubtreeWalk> walk(PollTarget target, String rootOid, int maxRepetitions) {
		return resolve(target).thenCompose(t -> SubtreeWalk.start(this, target, t, rootOid, maxRepetitions))
				.exceptionally(e -> new SubtreeWalk(target.name(), rootOid, List.of(), target.name() + ": "
						+ (e instanceof CompletionException c && c.getCause() != null ? c.getCause().getMessage() : e.getMessage())));
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
