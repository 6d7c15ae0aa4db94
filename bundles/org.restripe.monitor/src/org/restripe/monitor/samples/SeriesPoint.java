package org.restripe.monitor.samples;

import java.time.Duration;
import java.time.Instant;

/**
 * A point of a series as read back: one raw sample, or an hour rolled up (min, max, mean, last, count).
 *
 * @param at     the sample's time, or the start of the hour
 * @param span   zero for a raw sample, one hour for a roll-up
 * @param meanAt the mean of the samples' times, where the mean sits on a time line (a trend fits the means
 *               there, not at the middle of the hour, which would shift an hourly sample half an hour)
 * @param lastAt when {@code last} was read (the sample's own time for a raw sample)
 */
public record SeriesPoint(Instant at, Duration span, double min, double max, double mean, Instant meanAt, double last,
		Instant lastAt, long count) {

	public static SeriesPoint raw(Instant at, double value) {
		return new SeriesPoint(at, Duration.ZERO, value, value, value, at, value, at, 1);
	}

	public boolean rolledUp() {
		return !span.isZero();
	}
}
