package org.restripe.simulator.snmp;

/**
 * A counter that only goes up, in whole units, from fractional increments: it wraps at 2^64 as Java's long
 * arithmetic does (read unsigned); {@link #as32()} is its value as a Counter32, wrapping at 2^32.
 */
final class Counter {
	private static final double TWO_TO_62 = 0x1p62;
	private long value;
	private double fraction;

	Counter(long start) {
		this.value = start;
	}

	void add(double amount) {
		if (!(amount > 0)) {
			return;
		}
		double total = fraction + amount;
		while (total >= TWO_TO_62) { // a long jump of the clock: add in steps the long can hold, wrapping as it goes
			value += (long) TWO_TO_62;
			total -= TWO_TO_62;
		}
		long whole = (long) total;
		value += whole;
		fraction = total - whole;
	}

	/** Unsigned 64-bit value. */
	long value() {
		return value;
	}

	long as32() {
		return value & 0xFFFF_FFFFL;
	}
}
