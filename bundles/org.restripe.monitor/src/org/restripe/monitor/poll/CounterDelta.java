package org.restripe.monitor.poll;

/**
 * The change of a counter between two readings of the same row, wrap-aware. A counter that reads lower than
 * before has wrapped (COUNTER32 at 2^32, COUNTER64 at 2^64), unless the agent restarted in between, which
 * shows as sysUpTime going back: then the counters started again from zero and there is no delta (and no
 * rate) for this interval, rather than a negative or huge one. More than one wrap between two polls cannot be
 * seen; poll often enough (a 32-bit counter of 1 Gbit/s of bytes wraps in 34 s).
 *
 * @param kind       what happened
 * @param delta      the increase (unsigned for COUNTER64); 0 unless {@code kind} is {@link Kind#COUNTED} or
 *                   {@link Kind#WRAPPED}
 * @param seconds    the agent's time between the two readings, from sysUpTime
 */
public record CounterDelta(Kind kind, long delta, double seconds) {

	public enum Kind {
		/** The counter went up. */
		COUNTED,
		/** The counter wrapped once; {@code delta} is across the wrap. */
		WRAPPED,
		/** sysUpTime went back: the agent restarted; no delta for this interval. */
		AGENT_RESTARTED,
		/** A value is missing, not a counter, or of a different type than before. */
		NOT_COMPARABLE
	}

	/** The delta of column {@code column} from {@code before} to {@code after}. */
	public static CounterDelta between(Reading before, Reading after, String column) {
		ColumnValue a = before.value(column);
		ColumnValue b = after.value(column);
		double seconds = (after.sysUpTime() - before.sysUpTime()) / 100.0;
		if (a == null || b == null || !a.kind().isCounter() || a.kind() != b.kind()) {
			return new CounterDelta(Kind.NOT_COMPARABLE, 0, seconds);
		}
		if (after.sysUpTime() < before.sysUpTime()) {
			return new CounterDelta(Kind.AGENT_RESTARTED, 0, seconds);
		}
		return of(a.kind(), a.number(), b.number(), seconds);
	}

	/** The delta from {@code from} to {@code to} of a counter of {@code kind}. */
	public static CounterDelta of(ValueKind kind, long from, long to, double seconds) {
		if (kind == ValueKind.COUNTER32) {
			long f = from & 0xFFFF_FFFFL;
			long t = to & 0xFFFF_FFFFL;
			return t >= f ? new CounterDelta(Kind.COUNTED, t - f, seconds)
					: new CounterDelta(Kind.WRAPPED, (1L << 32) - f + t, seconds);
		}
		if (kind == ValueKind.COUNTER64) {
			// unsigned arithmetic: to - from modulo 2^64 is the delta across one wrap
			return new CounterDelta(Long.compareUnsigned(to, from) >= 0 ? Kind.COUNTED : Kind.WRAPPED, to - from, seconds);
		}
		throw new IllegalArgumentException(kind + " is not a counter");
	}

	public boolean hasDelta() {
		return kind == Kind.COUNTED || kind == Kind.WRAPPED;
	}

	/** Increase per second of agent time, or NaN when there is no delta or no time passed. */
	public double perSecond() {
		if (!hasDelta() || !(seconds > 0)) {
			return Double.NaN;
		}
		double d = delta >= 0 ? delta : delta + 0x1p64; // unsigned
		return d / seconds;
	}
}
