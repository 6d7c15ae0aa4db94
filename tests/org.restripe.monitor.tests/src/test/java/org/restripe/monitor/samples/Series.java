package org.restripe.monitor.samples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Generated series for the tests: a value per step from a start. */
public final class Series {
	private Series() {
	}

	public static List<Sample> samples(SeriesKey key, Instant start, Duration step, int count, IntToDoubleFunction value) {
		List<Sample> samples = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			samples.add(new Sample(key, start.plus(step.multipliedBy(i)), value.applyAsDouble(i)));
		}
		return samples;
	}

	public static List<SeriesPoint> points(Instant start, Duration step, int count, IntToDoubleFunction value) {
		List<SeriesPoint> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			points.add(SeriesPoint.raw(start.plus(step.multipliedBy(i)), value.applyAsDouble(i)));
		}
		return points;
	}
}
