package org.restripe.monitor.samples;

import java.util.List;

/**
 * A series' points (daily means for a trend over months, else hours or samples) summed for a straight-line fit,
 * x a point's mean time in days since the epoch and y its mean: how many points, the means of x and y, and the
 * sums of squares and products about them. Two parts of a series (a 28-day block read from the store, the days
 * around it) add up exactly as their days would, so a year is a dozen blocks and a few days, not 365 rows. The sums are kept about the means (Chan, Golub and LeVeque's
 * pairwise update) because raw sums of squares of byte counts near 1e12 lose the scatter a prediction band needs.
 *
 * @param days          how many points (days, for daily means)
 * @param meanX         their mean time, in days since the epoch
 * @param meanY         their mean value
 * @param sxx           sum of (x - meanX)²
 * @param sxy           sum of (x - meanX)(y - meanY)
 * @param syy           sum of (y - meanY)²
 * @param samples       how many samples the days rolled up
 * @param firstAtMillis the first day's mean time
 * @param lastAtMillis  the last day's mean time
 */
public record MeanSums(long days, double meanX, double meanY, double sxx, double sxy, double syy, long samples,
		long firstAtMillis, long lastAtMillis) {
	static final double DAY_MILLIS = SampleStore.DAY.toMillis();
	/** No days at all: what adding starts from. */
	public static final MeanSums NONE = new MeanSums(0, 0, 0, 0, 0, 0, 0, Long.MAX_VALUE, Long.MIN_VALUE);

	/**
	 * The sums of the points (for a trend over months: daily roll-ups, or raw samples summed by day), in two
	 * passes about their means, with times taken from the first point's so that no digit of x is lost.
	 */
	public static MeanSums of(List<SeriesPoint> points) {
		int n = points.size();
		if (n == 0) {
			return NONE;
		}
		long origin = points.get(0).meanAtMillis();
		double sumOffset = 0;
		double sumY = 0;
		long samples = 0;
		long first = Long.MAX_VALUE;
		long last = Long.MIN_VALUE;
		for (SeriesPoint point : points) {
			sumOffset += point.meanAtMillis() - origin;
			sumY += point.mean();
			samples += point.count();
			first = Math.min(first, point.meanAtMillis());
			last = Math.max(last, point.meanAtMillis());
		}
		double meanOffset = sumOffset / n;
		double meanY = sumY / n;
		double sxx = 0;
		double sxy = 0;
		double syy = 0;
		for (SeriesPoint point : points) {
			double dx = (point.meanAtMillis() - origin - meanOffset) / DAY_MILLIS;
			double dy = point.mean() - meanY;
			sxx += dx * dx;
			sxy += dx * dy;
			syy += dy * dy;
		}
		return new MeanSums(n, (origin + meanOffset) / DAY_MILLIS, meanY, sxx, sxy, syy, samples, first, last);
	}

	/**
	 * A block as the store keeps it: its days' sums of x (days after {@code startMillis}), y and their squares
	 * and product, taken about the block's start so that x stays small.
	 */
	static MeanSums ofSums(long startMillis, long days, double sumX, double sumY, double sumXX, double sumXY,
			double sumYY, long samples, long firstAtMillis, long lastAtMillis) {
		double meanX = sumX / days;
		double meanY = sumY / days;
		// about the block's own means: small x, and y's squares lose only what a day's rounding already lost
		double sxx = Math.max(0, sumXX - sumX * meanX);
		double syy = Math.max(0, sumYY - sumY * meanY);
		double sxy = sumXY - sumX * meanY;
		return new MeanSums(days, startMillis / DAY_MILLIS + meanX, meanY, sxx, sxy, syy, samples, firstAtMillis,
				lastAtMillis);
	}

	/** These days and those of {@code other} (disjoint days of the same series). */
	public MeanSums plus(MeanSums other) {
		if (other.days == 0) {
			return this;
		}
		if (days == 0) {
			return other;
		}
		long n = days + other.days;
		double dx = other.meanX - meanX;
		double dy = other.meanY - meanY;
		double weight = (double) days * other.days / n;
		return new MeanSums(n, meanX + dx * other.days / n, meanY + dy * other.days / n, sxx + other.sxx + dx * dx * weight,
				sxy + other.sxy + dx * dy * weight, syy + other.syy + dy * dy * weight, samples + other.samples,
				Math.min(firstAtMillis, other.firstAtMillis), Math.max(lastAtMillis, other.lastAtMillis));
	}
}
