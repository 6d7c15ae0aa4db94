package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.monitor.samples.Series;
import org.restripe.monitor.samples.SeriesPoint;

class CountersTest {
	private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	@Test
	void aCounterCountsTheDifferencesOfItsReadings() {
		List<SeriesPoint> readings = Series.points(START, Duration.ofMinutes(1), 4, i -> new double[] { 100, 150, 150, 400 }[i]);

		assertEquals(List.of(50.0, 0.0, 250.0), Counters.deltas(readings).stream().map(Counters.Delta::increase).toList());
		assertEquals(300, Counters.increase(readings));
		assertEquals(START.plus(Duration.ofMinutes(1)), Counters.deltas(readings).get(0).at());
	}

	@Test
	void aResetCounterCountsFromZeroAgain() {
		// the array restarted between the second and third reading and has counted 30 since
		List<SeriesPoint> readings = Series.points(START, Duration.ofMinutes(1), 4, i -> new double[] { 1000, 1100, 30, 80 }[i]);

		assertEquals(List.of(100.0, 30.0, 50.0), Counters.deltas(readings).stream().map(Counters.Delta::increase).toList());
	}

	@Test
	void oneReadingCountsNothing() {
		assertEquals(0, Counters.increase(Series.points(START, Duration.ofMinutes(1), 1, i -> 5)));
		assertEquals(0, Counters.increase(List.of()));
	}
}
