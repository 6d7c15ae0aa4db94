package org.restripe.monitor.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Counter deltas as a rate is computed from them: across a wrap right, across an agent restart none. */
class CounterDeltaTest {

	@Test
	void aCounter32ThatWrappedGivesTheIncreaseAcrossTheWrap() {
		CounterDelta d = CounterDelta.between(port(4_294_967_000L, 100), port(704, 1100), "requests");
		assertEquals(CounterDelta.Kind.WRAPPED, d.kind());
		assertEquals(1000, d.delta());
		assertEquals(100.0, d.perSecond(), 1e-9, "1,000 requests in 10 s of sysUpTime");
	}

	@Test
	void aCounter64ThatWrappedGivesTheIncreaseAcrossTheWrap() {
		CounterDelta d = CounterDelta.of(ValueKind.COUNTER64, -1000L, 9000L, 100);
		assertEquals(CounterDelta.Kind.WRAPPED, d.kind());
		assertEquals(10_000, d.delta());
		assertEquals(100.0, d.perSecond(), 1e-9);
	}

	@Test
	void aCounter64AboveTwoToThe63IsNotAWrap() {
		CounterDelta d = CounterDelta.of(ValueKind.COUNTER64, Long.MAX_VALUE - 5, Long.MIN_VALUE + 5, 1);
		assertEquals(CounterDelta.Kind.COUNTED, d.kind());
		assertEquals(11, d.delta());
	}

	@Test
	void anAgentRestartIsNoDeltaAndNoRate() {
		CounterDelta d = CounterDelta.between(port(5_000_000, 900_000), port(20, 300), "requests");
		assertEquals(CounterDelta.Kind.AGENT_RESTARTED, d.kind());
		assertEquals(0, d.delta());
		assertTrue(Double.isNaN(d.perSecond()), "no rate for the interval of a restart");
	}

	@Test
	void aMissingOrRetypedValueIsNotComparable() {
		Reading text = new Reading("t", SnmpTable.PORTS, "1", Map.of("requests", ColumnValue.text("x")), 200, Instant.EPOCH,
				"requests is OctetString, not COUNTER32");
		assertEquals(CounterDelta.Kind.NOT_COMPARABLE, CounterDelta.between(port(1, 100), text, "requests").kind());
		assertEquals(CounterDelta.Kind.NOT_COMPARABLE, CounterDelta.between(port(1, 100), port(2, 200), "blocksRead").kind());
	}

	private static Reading port(long requests, long sysUpTime) {
		return new Reading("t", SnmpTable.PORTS, "1", Map.of("requests", ColumnValue.number(ValueKind.COUNTER32, requests)),
				sysUpTime, Instant.EPOCH, null);
	}
}
