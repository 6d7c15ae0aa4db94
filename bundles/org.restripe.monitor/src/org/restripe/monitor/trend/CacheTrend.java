package org.restripe.monitor.trend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.restripe.monitor.samples.SeriesPoint;

/**
 * The trend of an array's cache hit ratio, hits / (hits + misses) per interval from the counters' deltas of
 * all its volumes. Falling when the slope's whole 95 % confidence interval is below zero and the line
 * lost at least {@link #MEANINGFUL_DROP} over the window.
 *
 * @param array      the array, "t3a"
 * @param firstRatio the line's ratio at the first interval
 * @param nowRatio   the line's ratio now
 * @param perDay     the slope, ratio per day
 * @param daysToFloor days until the line falls below {@link #FLOOR} (0 if it has, infinite if it rises)
 * @param intervals  how many intervals the line rests on
 * @param spanDays   the days they cover
 */
public record CacheTrend(String array, double firstRatio, double nowRatio, double perDay, double daysToFloor,
		long intervals, double spanDays) {
	public static final double CONFIDENCE = 0.95;
	/** A hit ratio below which the cache no longer earns its keep for this load. */
	public static final double FLOOR = 0.5;
	public static final double MEANINGFUL_DROP = 0.05;
	private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

	/** The trend from the volumes' hit and miss counters; empty with fewer than three intervals with I/O. */
	public static Optional<CacheTrend> of(String array, List<List<SeriesPoint>> hits, List<List<SeriesPoint>> misses,
			Instant now) {
		TreeMap<Instant, double[]> byTime = new TreeMap<>();
		hits.forEach(series -> add(byTime, series, 0));
		misses.forEach(series -> add(byTime, series, 1));
		byTime.values().removeIf(counts -> !(counts[0] + counts[1] > 0));
		if (byTime.size() < LinearTrend.MINIMUM_POINTS) {
			return Optional.empty();
		}
		long origin = byTime.firstKey().toEpochMilli();
		double[] x = new double[byTime.size()];
		double[] y = new double[byTime.size()];
		int i = 0;
		for (Map.Entry<Instant, double[]> interval : byTime.entrySet()) {
			x[i] = (interval.getKey().toEpochMilli() - origin) / DAY_MILLIS;
			y[i++] = interval.getValue()[0] / (interval.getValue()[0] + interval.getValue()[1]);
		}
		return LinearTrend.fit(x, y).map(line -> trend(array, line, x, (now.toEpochMilli() - origin) / DAY_MILLIS));
	}

	private static void add(TreeMap<Instant, double[]> byTime, List<SeriesPoint> counter, int column) {
		for (Counters.Delta delta : Counters.deltas(counter)) {
			byTime.computeIfAbsent(delta.at(), at -> new double[2])[column] += delta.increase();
		}
	}

	private static CacheTrend trend(String array, LinearTrend line, double[] x, double today) {
		double nowRatio = line.predict(today);
		double toFloor;
		if (nowRatio <= FLOOR) {
			toFloor = 0;
		} else if (line.slope() < 0) {
			toFloor = (FLOOR - nowRatio) / line.slope();
		} else {
			toFloor = Double.POSITIVE_INFINITY;
		}
		boolean significant = line.slope() + line.slopeHalfWidth(CONFIDENCE) < 0;
		double slope = significant ? line.slope() : 0;
		return new CacheTrend(array, line.predict(x[0]), nowRatio, slope, significant ? toFloor : Double.POSITIVE_INFINITY,
				line.n(), x[x.length - 1] - x[0]);
	}

	/** The ratio fell significantly and meaningfully over the window. */
	public boolean falling() {
		return perDay < 0 && firstRatio - nowRatio >= MEANINGFUL_DROP;
	}
}
