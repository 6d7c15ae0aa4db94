package org.restripe.monitor.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.restripe.monitor.samples.SeriesPoint;

/**
 * What a counter counted between its readings. A counter read lower than before was reset (the agent or
 * the array restarted): the new reading is what it counted since, as Prometheus' increase() takes it.
 * Wrapping at 2^32 or 2^64 is the poller's business; its readings arrive here already unwrapped.
 */
public final class Counters {
	private Counters() {
	}

	/** One increase, ending at {@code at}. */
	public record Delta(Instant at, double increase) {
	}

	/** The increases between consecutive readings, by the last reading of each point (raw or hour). */
	public static List<Delta> deltas(List<SeriesPoint> readings) {
		List<Delta> deltas = new ArrayList<>(Math.max(0, readings.size() - 1));
		for (int i = 1; i < readings.size(); i++) {
			double before = readings.get(i - 1).last();
			double now = readings.get(i).last();
			deltas.add(new Delta(readings.get(i).lastAt(), now >= before ? now - before : now));
		}
		return deltas;
	}

	/** The whole increase over the readings. */
	public static double increase(List<SeriesPoint> readings) {
		double sum = 0;
		for (Delta delta : deltas(readings)) {
			sum += delta.increase();
		}
		return sum;
	}
}
