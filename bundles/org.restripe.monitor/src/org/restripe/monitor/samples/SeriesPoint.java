package org.restripe.monitor.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A point of a series as read back: one raw sample, or an hour or a day rolled up (min, max, mean, last, count).
 * Times are kept as UTC milliseconds, not Instants: a year of hourly points for a thousand volumes is nine
 * million points, and three Instants each would be most of the heap and of the time it takes to read them.
 *
 * <ul>
 * <li>{@code at}: the sample's time, or the start of the hour</li>
 * <li>{@code span}: zero for a raw sample, an hour or a day for a roll-up</li>
 * <li>{@code meanAt}: the mean of the samples' times, where the mean sits on a time line (a trend fits the
 * means there, not at the middle of the hour, which would shift an hourly sample half an hour)</li>
 * <li>{@code lastAt}: when {@code last} was read (the sample's own time for a raw sample)</li>
 * </ul>
 */
public final class SeriesPoint {
	private final long at;
	private final long span;
	private final double min;
	private final double max;
	private final double mean;
	private final long meanAt;
	private final double last;
	private final long lastAt;
	private final long count;

	private SeriesPoint(long at, long span, double min, double max, double mean, long meanAt, double last, long lastAt,
			long count) {
		this.at = at;
		this.span = span;
		this.min = min;
		this.max = max;
		this.mean = mean;
		this.meanAt = meanAt;
		this.last = last;
		this.lastAt = lastAt;
		this.count = count;
	}

	/** A point as the tests and callers write it; {@code span} is zero (raw), an hour or a day. */
	public SeriesPoint(Instant at, Duration span, double min, double max, double mean, Instant meanAt, double last,
			Instant lastAt, long count) {
		this(at.toEpochMilli(), span.toMillis(), min, max, mean, meanAt.toEpochMilli(), last, lastAt.toEpochMilli(), count);
		if (!span.isZero() && !span.equals(SampleStore.HOUR) && !span.equals(SampleStore.DAY)) {
			throw new IllegalArgumentException("A point spans nothing (a raw sample), an hour or a day, not " + span);
		}
	}

	public static SeriesPoint raw(Instant at, double value) {
		return raw(at.toEpochMilli(), value);
	}

	static SeriesPoint raw(long atMillis, double value) {
		return new SeriesPoint(atMillis, 0, value, value, value, atMillis, value, atMillis, 1);
	}

	static SeriesPoint hour(long startMillis, double min, double max, double mean, long meanAtMillis, double last,
			long lastAtMillis, long count) {
		return new SeriesPoint(startMillis, SampleStore.HOUR.toMillis(), min, max, mean, meanAtMillis, last, lastAtMillis,
				count);
	}

	static SeriesPoint day(long startMillis, double min, double max, double mean, long meanAtMillis, double last,
			long lastAtMillis, long count) {
		return new SeriesPoint(startMillis, SampleStore.DAY.toMillis(), min, max, mean, meanAtMillis, last, lastAtMillis,
				count);
	}

	static SeriesPoint of(Bucket b, long span) {
		return new SeriesPoint(b.start, span, b.min, b.max, b.mean(), b.meanAt(), b.last, b.lastAt, b.count);
	}

	public boolean rolledUp() {
		return span != 0;
	}

	public Instant at() {
		return Instant.ofEpochMilli(at);
	}

	public long atMillis() {
		return at;
	}

	public Duration span() {
		return Duration.ofMillis(span);
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	public double mean() {
		return mean;
	}

	public Instant meanAt() {
		return Instant.ofEpochMilli(meanAt);
	}

	public long meanAtMillis() {
		return meanAt;
	}

	public double last() {
		return last;
	}

	public Instant lastAt() {
		return Instant.ofEpochMilli(lastAt);
	}

	public long lastAtMillis() {
		return lastAt;
	}

	public long count() {
		return count;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SeriesPoint p && p.at == at && p.span == span && Double.compare(p.min, min) == 0
				&& Double.compare(p.max, max) == 0 && Double.compare(p.mean, mean) == 0 && p.meanAt == meanAt
				&& Double.compare(p.last, last) == 0 && p.lastAt == lastAt && p.count == count;
	}

	@Override
	public int hashCode() {
		return Objects.hash(at, span, mean, count);
	}

	@Override
	public String toString() {
		return (span != 0 ? span() + " from " + at() + ": min " + min + ", max " + max + ", mean " + mean + ", last " + last + ", "
				+ count + " samples" : at() + ": " + mean);
	}
}
