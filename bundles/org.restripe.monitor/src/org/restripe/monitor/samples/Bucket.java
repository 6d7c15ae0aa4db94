package org.restripe.monitor.samples;

/** One series' hour (or day) being rolled up: min, max, mean, last and count, merged sample by sample. */
final class Bucket {
	final long start;
	double min = Double.POSITIVE_INFINITY;
	double max = Double.NEGATIVE_INFINITY;
	double sum;
	/** The sum of the samples' times after the hour's start, for the time of the mean. */
	double sumOffset;
	double last;
	long lastAt = Long.MIN_VALUE;
	long count;
	boolean stored;

	Bucket(long start) {
		this.start = start;
	}

	static long hourOf(long millis) {
		return startOf(millis, SampleStore.HOUR.toMillis());
	}

	static long dayOf(long millis) {
		return startOf(millis, SampleStore.DAY.toMillis());
	}

	private static long startOf(long millis, long length) {
		return Math.floorDiv(millis, length) * length;
	}

	/** Adds the samples a point stands for (a raw sample, an hour, a day). */
	void add(SeriesPoint point) {
		merge(point.min(), point.max(), point.mean(), point.meanAtMillis(), point.count(), point.last(), point.lastAtMillis());
	}

	void add(long at, double value) {
		merge(value, value, value, at, 1, value, at);
	}

	/** Adds samples already summarised (an hour rolled up before, or one raw sample). */
	void merge(double otherMin, double otherMax, double otherMean, long otherMeanAt, long otherCount, double otherLast,
			long otherLastAt) {
		min = Math.min(min, otherMin);
		max = Math.max(max, otherMax);
		sum += otherMean * otherCount;
		sumOffset += (double) (otherMeanAt - start) * otherCount;
		count += otherCount;
		if (otherLastAt >= lastAt) {
			last = otherLast;
			lastAt = otherLastAt;
		}
	}

	double mean() {
		return sum / count;
	}

	long meanAt() {
		return start + Math.round(sumOffset / count);
	}
}
