package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each target on its own interval, many targets through a small in-flight limit, all read. */
@Timeout(90)
class PollScheduleTest {

	@Test
	void eachTargetIsPolledOnItsOwnIntervalAndItsCountersMove() throws Exception {
		try (SimulatedAgent agent = new SimulatedAgent(); SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			SnmpPollerTest.poll(poller, SnmpPollerTest.target(agent.address(), SnmpCredentials.community("public")), Set.of());
			List<TargetPoll> fast = new CopyOnWriteArrayList<>();
			CountDownLatch fivePolls = new CountDownLatch(5);
			PollTarget target = SnmpPollerTest.target(agent.address(), SnmpCredentials.community("public"))
					.withInterval(Duration.ofMillis(300));
			try (PollSchedule schedule = poller.schedule(target, Set.of(SnmpTable.VOLUMES), p -> {
				fast.add(p);
				fivePolls.countDown();
			})) {
				assertTrue(fivePolls.await(60, TimeUnit.SECONDS), "five polls at 300 ms");
			}
			assertTrue(fast.stream().allMatch(TargetPoll::isReached), fast.toString());
			Reading first = fast.get(0).table(SnmpTable.VOLUMES).rows().get(0);
			Reading last = fast.get(fast.size() - 1).table(SnmpTable.VOLUMES).rows().get(0);
			assertTrue(last.sysUpTime() > first.sysUpTime());
			assertEquals(CounterDelta.Kind.COUNTED, CounterDelta.between(first, last, "requests").kind());
		}
	}

	@Test
	void manyTargetsThroughATinyInFlightLimitAreAllRead() throws Exception {
		try (SimulatedAgent agent = new SimulatedAgent();
				SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults().withMaxInFlight(2))) {
			SnmpPollerTest.poll(poller, SnmpPollerTest.target(agent.address(), SnmpCredentials.community("public")), Set.of());
			List<PollTarget> targets = java.util.stream.IntStream.range(0, 40)
					.mapToObj(i -> SnmpPollerTest.target(agent.address(), SnmpCredentials.community("public")).named("t" + i))
					.toList();
			List<TargetPoll> polls = poller.pollAll(targets, Set.of(SnmpTable.DISKS), new org.eclipse.core.runtime.NullProgressMonitor());
			assertEquals(40, polls.size());
			for (int i = 0; i < 40; i++) {
				assertEquals("t" + i, polls.get(i).target().name());
				assertEquals(27, polls.get(i).table(SnmpTable.DISKS).rows().size(), "three arrays of nine disks");
			}
		}
	}
}
