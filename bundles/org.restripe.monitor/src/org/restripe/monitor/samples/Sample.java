package org.restripe.monitor.samples;

import java.time.Instant;
import java.util.Objects;

/** One value read at one time. Counters are kept as read; the trends take their deltas. */
public record Sample(SeriesKey series, Instant at, double value) {
	public Sample {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(at, "at");
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("A sample of " + series + " at " + at + " is not a number: " + value);
		}
	}
}
