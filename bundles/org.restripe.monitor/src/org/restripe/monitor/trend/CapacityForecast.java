package org.restripe.monitor.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.restripe.monitor.samples.MeanSums;
import org.restripe.monitor.samples.SeriesPoint;

/**
 * When a volume fills: the day its used-space line reaches its size, and the interval of days between the
 * upper prediction bound reaching the size (earliest) and the lower bound reaching it (latest).
 *
 * @param object       the volume, "v1 on t3a"
 * @param sizeBytes    its size
 * @param usedBytes    the line's value now
 * @param bytesPerDay  the slope of the line
 * @param days         days from now until the line reaches the size (0 if full already)
 * @param earliestDays days until the upper prediction bound reaches it
 * @param latestDays   days until the lower bound reaches it; infinite if, within what the samples say, it
 *                     might never
 * @param samples      how many samples the line rests on (an hour or a day rolled up counts its samples)
 * @param spanDays     how many days they cover
 */
public record CapacityForecast(String object, double sizeBytes, double usedBytes, double bytesPerDay, double days,
		double earliestDays, double latestDays, long samples, double spanDays) {
	/** The confidence of the interval. */
	public static final double CONFIDENCE = 0.95;
	private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();
	/** Beyond ten years the question "when does it fill" has no useful answer. */
	private static final double HORIZON_DAYS = 3_650;

	/**
	 * The forecast from a volume's used-space points (means of roll-ups at the middle of their hour), or empty
	 * when there are too few points, or use is flat or shrinking (it never fills at this rate).
	 */
	public static Optional<CapacityForecast> of(String object, List<SeriesPoint> used, double sizeBytes, Instant now) {
		return of(object, MeanSums.of(used), sizeBytes, now);
	}

	/**
	 * The forecast from a volume's used-space points as sums (what the store reads for a year: blocks of days),
	 * x in days since the first point's mean time, as {@link #of(String, List, double, Instant)} fits them.
	 */
	public static Optional<CapacityForecast> of(String object, MeanSums used, double sizeBytes, Instant now) {
		if (used.days() < LinearTrend.MINIMUM_POINTS || !(sizeBytes > 0)) {
			return Optional.empty();
		}
		long origin = used.firstAtMillis();
		Optional<LinearTrend> fit = LinearTrend.fit(used, origin / DAY_MILLIS);
		if (fit.isEmpty() || !(fit.get().slope() > 0)) {
			return Optional.empty();
		}
		LinearTrend line = fit.get();
		double today = (now.toEpochMilli() - origin) / DAY_MILLIS;
		double full = (sizeBytes - line.intercept()) / line.slope();
		Crossing crossing = new Crossing(line, sizeBytes, today, HORIZON_DAYS);
		return Optional.of(new CapacityForecast(object, sizeBytes, line.predict(today), line.slope(),
				Math.max(0, full - today), crossing.earliest(), crossing.latest(), used.samples(),
				(used.lastAtMillis() - origin) / DAY_MILLIS));
	}

	/** Share of the size in use now, by the line. */
	public double usedShare() {
		return Math.min(1, usedBytes / sizeBytes);
	}
}
