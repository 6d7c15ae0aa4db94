package org.restripe.monitor.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.restripe.monitor.samples.SeriesPoint;

/**
 * Counter series hold increases, not the counters as read: each sample is what the counter counted since
 * the reading before, worked out by the poller's wrap- and restart-aware CounterDelta when the readings
 * became samples (see {@link org.restripe.monitor.samples.ReadingSamples}). An hour rolled up holds their
 * mean and count, so its increase is mean times count.
 */
public final class Counters {
	private Counters() {
	}

	/** One increase, for the interval ending at {@code at} (a raw sample's time, or its hour's start). */
	public record Delta(Instant at, double increase) {
	}

	public static List<Delta> deltas(List<SeriesPoint> increases) {
		List<Delta> deltas = new ArrayList<>(increases.size());
		for (SeriesPoint point : increases) {
			deltas.add(new Delta(point.at(), increaseOf(point)));
		}
		return deltas;
	}

	/** The whole increase over the points. */
	public static double increase(List<SeriesPoint> increases) {
		double sum = 0;
		for (SeriesPoint point : increases) {
			sum += increaseOf(point);
		}
		return sum;
	}

	private static double increaseOf(SeriesPoint point) {
		return point.mean() * point.count();
	}
}
