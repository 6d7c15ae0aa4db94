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
	void rawIncreasesAddUp() {
		List<SeriesPoint> increases = Series.points(START, Duration.ofMinutes(1), 3, i -> new double[] { 50, 0, 250 }[i]);

		assertEquals(List.of(50.0, 0.0, 250.0), Counters.deltas(increases).stream().map(Counters.Delta::increase).toList());
		assertEquals(300, Counters.increase(increases));
		assertEquals(START.plus(Duration.ofMinutes(1)), Counters.deltas(increases).get(1).at());
	}

	@Test
	void anHourRolledUpCountsItsMeanTimesItsSamples() {
		// twelve five-minute increases of 10 to 120 (mean 65) rolled into one hour, then one raw increase
		SeriesPoint hour = new SeriesPoint(START, Duration.ofHours(1), 10, 120, 65, START.plusSeconds(1650), 120,
				START.plusSeconds(3300), 12);
		SeriesPoint raw = SeriesPoint.raw(START.plus(Duration.ofHours(1)), 7);

		assertEquals(12 * 65 + 7, Counters.increase(List.of(hour, raw)));
		assertEquals(START, Counters.deltas(List.of(hour, raw)).get(0).at());
	}

	@Test
	void noIncreasesCountNothing() {
		assertEquals(0, Counters.increase(List.of()));
	}
}
