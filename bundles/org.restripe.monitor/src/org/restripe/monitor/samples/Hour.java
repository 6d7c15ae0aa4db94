package org.restripe.monitor.samples;

/** One series' hour being rolled up: min, max, mean, last and count, merged sample by sample. */
final class Hour {
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

	Hour(long start) {
		this.start = start;
	}

	static long startOf(long millis) {
		return Math.floorDiv(millis, SampleStore.HOUR.toMillis()) * SampleStore.HOUR.toMillis();
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
