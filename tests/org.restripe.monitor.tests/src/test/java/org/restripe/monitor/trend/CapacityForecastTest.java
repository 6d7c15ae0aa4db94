package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.monitor.samples.Series;
import org.restripe.monitor.samples.SeriesPoint;

class CapacityForecastTest {
	private static final double GB = 1L << 30;
	private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	private static final Duration HOUR = Duration.ofHours(1);

	@Test
	void aVolumeGrowingOneGigabyteADayExactlyFillsOnTheDayTheLineSays() {
		// 40 GB on day 0, 1 GB a day, 100 GB volume: 30 days of hourly samples, 70 GB now, 30 days to go
		List<SeriesPoint> used = Series.points(START, HOUR, 30 * 24 + 1, i -> (40 + i / 24.0) * GB);
		Instant now = START.plus(Duration.ofDays(30));

		CapacityForecast forecast = CapacityForecast.of("v1 on t3a", used, 100 * GB, now).orElseThrow();

		assertEquals(30, forecast.days(), 1e-6);
		assertEquals(30, forecast.earliestDays(), 1e-6, "an exact line has an interval of no width");
		assertEquals(30, forecast.latestDays(), 1e-6);
		assertEquals(GB, forecast.bytesPerDay(), 1e-3);
		assertEquals(0.70, forecast.usedShare(), 1e-9);
		assertEquals(721, forecast.samples());
		assertEquals(30, forecast.spanDays(), 1e-9);
	}

	@Test
	void noisyGrowthFillsWithinAnIntervalAroundTheLinesDay() {
		// the same growth with a deterministic wobble of +-2 GB
		List<SeriesPoint> used = Series.points(START, HOUR, 30 * 24 + 1,
				i -> (40 + i / 24.0 + 2 * Math.sin(i * 1.7)) * GB);
		Instant now = START.plus(Duration.ofDays(30));

		CapacityForecast forecast = CapacityForecast.of("v1 on t3a", used, 100 * GB, now).orElseThrow();

		assertEquals(30, forecast.days(), 0.5);
		assertTrue(forecast.earliestDays() < forecast.days() - 1, "earliest " + forecast.earliestDays());
		assertTrue(forecast.latestDays() > forecast.days() + 1, "latest " + forecast.latestDays());
		assertTrue(forecast.latestDays() < 40, "latest " + forecast.latestDays());
	}

	@Test
	void aFullVolumeIsFullNow() {
		List<SeriesPoint> used = Series.points(START, HOUR, 48, i -> (90 + i) * GB);

		CapacityForecast forecast = CapacityForecast.of("v1 on t3a", used, 100 * GB, START.plus(Duration.ofHours(47)))
				.orElseThrow();

		assertEquals(0, forecast.days());
		assertEquals(0, forecast.earliestDays());
	}

	@Test
	void flatOrShrinkingUseNeverFills() {
		Instant now = START.plus(Duration.ofDays(10));
		assertTrue(CapacityForecast.of("v1", Series.points(START, HOUR, 240, i -> 50 * GB), 100 * GB, now).isEmpty());
		assertTrue(CapacityForecast.of("v1", Series.points(START, HOUR, 240, i -> (60 - i / 24.0) * GB), 100 * GB, now)
				.isEmpty());
	}

	@Test
	void tooFewSamplesSayNothing() {
		assertTrue(CapacityForecast.of("v1", Series.points(START, HOUR, 2, i -> i * GB), 100 * GB, START).isEmpty());
		assertTrue(CapacityForecast.of("v1", List.of(), 100 * GB, START).isEmpty());
	}

	@Test
	void aWeakTrendHasNoLatestDay() {
		// a rise of 0.24 GB a day buried in +-10 GB of noise (+ - - +, which leaves the slope alone) over three
		// days: the lower bound never reaches the size within ten years
		int[] wobble = { 1, -1, -1, 1 };
		List<SeriesPoint> used = Series.points(START, HOUR, 72, i -> (50 + 0.01 * i + 10 * wobble[i % 4]) * GB);

		CapacityForecast forecast = CapacityForecast.of("v1", used, 100 * GB, START.plus(Duration.ofHours(71)))
				.orElseThrow();

		assertEquals(0.24 * GB, forecast.bytesPerDay(), 1e-3 * GB);
		assertTrue(Double.isInfinite(forecast.latestDays()));
		assertTrue(forecast.earliestDays() < forecast.days());
	}
}
