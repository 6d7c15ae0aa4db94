package org.restripe.monitor.poll;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The timer that starts scheduled polls, one thread for all targets (it only starts them). */
final class PollSchedules implements AutoCloseable {
	private final SnmpPoller poller;
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "snmp-poll-schedule");
		t.setDaemon(true);
		return t;
	});

	PollSchedules(SnmpPoller poller) {
		this.poller = poller;
	}

	PollSchedule add(PollTarget target, Collection<SnmpTable> tables, Consumer<TargetPoll> sink) {
		List<SnmpTable> copy = List.copyOf(tables);
		AtomicBoolean running = new AtomicBoolean();
		AtomicLong polls = new AtomicLong();
		AtomicLong skipped = new AtomicLong();
		Runnable tick = () -> {
			if (!running.compareAndSet(false, true)) {
				skipped.incrementAndGet();
				return;
			}
			poller.poll(target, copy).thenAccept(poll -> {
				try {
					sink.accept(poll);
				} finally {
					polls.incrementAndGet();
					running.set(false);
				}
			});
		};
		long every = target.interval().toMillis();
		ScheduledFuture<?> future = timer.scheduleAtFixedRate(tick, 0, every, TimeUnit.MILLISECONDS);
		return new PollSchedule() {
			@Override
			public long polls() {
				return polls.get();
			}

			@Override
			public long skipped() {
				return skipped.get();
			}

			@Override
			public void close() {
				future.cancel(false);
			}
		};
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
