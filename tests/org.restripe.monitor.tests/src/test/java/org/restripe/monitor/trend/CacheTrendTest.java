package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.monitor.samples.SeriesPoint;

class CacheTrendTest {
	private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	private static final Duration HOUR = Duration.ofHours(1);

	/** Hourly hit and miss increases of one volume whose hit ratio in hour i is {@code ratio(i)}, 1000 requests an hour. */
	private static List<List<SeriesPoint>> counters(int hours, java.util.function.IntToDoubleFunction ratio) {
		List<SeriesPoint> hits = new java.util.ArrayList<>();
		List<SeriesPoint> misses = new java.util.ArrayList<>();
		for (int i = 1; i <= hours; i++) {
			hits.add(SeriesPoint.raw(START.plus(HOUR.multipliedBy(i)), 1000 * ratio.applyAsDouble(i)));
			misses.add(SeriesPoint.raw(START.plus(HOUR.multipliedBy(i)), 1000 * (1 - ratio.applyAsDouble(i))));
		}
		return List.of(hits, misses);
	}

	@Test
	void aHitRatioFallingFromNinetyToSeventyPercentInTenDaysIsFalling() {
		int hours = 240;
		List<List<SeriesPoint>> volume = counters(hours, i -> 0.9 - 0.2 * i / hours);

		CacheTrend trend = CacheTrend.of("t3a", List.of(volume.get(0)), List.of(volume.get(1)), START.plus(HOUR.multipliedBy(hours)))
				.orElseThrow();

		assertTrue(trend.falling());
		assertEquals(0.9, trend.firstRatio(), 0.002);
		assertEquals(0.7, trend.nowRatio(), 0.002);
		assertEquals(-0.02, trend.perDay(), 1e-6);
		assertEquals(10, trend.daysToFloor(), 0.1, "20 points more at 2 a day");
	}

	@Test
	void aSteadyRatioIsNotFallingAndTheVolumesAddUp() {
		List<List<SeriesPoint>> a = counters(48, i -> 0.8);
		List<List<SeriesPoint>> b = counters(48, i -> 0.6);

		CacheTrend trend = CacheTrend.of("t3a", List.of(a.get(0), b.get(0)), List.of(a.get(1), b.get(1)),
				START.plus(HOUR.multipliedBy(48))).orElseThrow();

		assertFalse(trend.falling());
		assertEquals(0.7, trend.nowRatio(), 1e-9, "two volumes of equal load: the mean of their ratios");
	}

	@Test
	void noIoOrTooFewIntervalsSayNothing() {
		List<List<SeriesPoint>> idle = counters(48, i -> 0);
		List<SeriesPoint> zero = idle.get(0);
		assertTrue(CacheTrend.of("t3a", List.of(zero), List.of(zero), START).isEmpty());
		List<List<SeriesPoint>> short_ = counters(2, i -> 0.9);
		assertTrue(CacheTrend.of("t3a", List.of(short_.get(0)), List.of(short_.get(1)), START).isEmpty());
	}
}
