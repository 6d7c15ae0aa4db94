package org.restripe.monitor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;

/**
 * A volume's used space over months read as sums of its daily means (28-day blocks and the days around them)
 * fits the same line as its days read one by one: the forecast must not change because the store reads less.
 */
class DailyMeansTest {
	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
	private static final SeriesKey USED = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.USED_BYTES);
	private static final double GB = 1L << 30;
	private static final int DAYS = 100;

	private MonitorDatabase database;
	private SampleStore store;

	@AfterEach
	void close() throws Exception {
		if (database != null) {
			database.close();
		}
	}

	/** 100 days of hourly samples of a volume growing 2.5 GB a day with a daily swing, rolled up but the last week. */
	private void hundredDaysRolledUp(FreshStore engine) throws Exception {
		database = MonitorDatabase.open(engine);
		store = database.samples();
		Instant start = NOW.minus(Duration.ofDays(DAYS));
		store.write(Series.samples(USED, start, Duration.ofHours(1), DAYS * 24,
				h -> 100 * GB + 2.5 * GB * h / 24 + 2 * GB * Math.sin(h * 2 * Math.PI / 24) + (h % 7) * 1e6));
		assertTrue(store.rollUp(NOW) > 0, "the roll-up folded the samples older than a week");
	}

	private MeanSums dayByDay() throws Exception {
		List<SeriesPoint> days = store.readSiteDaily("Acme", Metric.USED_BYTES, NOW.minus(Duration.ofDays(DAYS + 1)),
				NOW.plusMillis(1)).get(USED);
		return MeanSums.of(days);
	}

	private MeanSums asBlocks() throws Exception {
		return store.readSiteDailyMeans("Acme", Metric.USED_BYTES, NOW.minus(Duration.ofDays(DAYS + 1)), NOW.plusMillis(1))
				.get(USED);
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void monthsOfDaysReadAsBlocksSumAsTheirDaysDo(FreshStore engine) throws Exception {
		hundredDaysRolledUp(engine);
		assertTrue(blocks() >= 3, "the roll-up kept the days in blocks of 28: " + blocks());

		assertSameDays(dayByDay(), asBlocks());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aLateSampleOfADayInABlockIsSummedWithItsDayBeforeAndAfterTheRollUp(FreshStore engine) throws Exception {
		hundredDaysRolledUp(engine);
		// a poll that reached the store late, for a day the roll-up had already folded (60 days ago)
		store.write(List.of(new Sample(USED, NOW.minus(Duration.ofDays(60)).plusSeconds(90), 500 * GB)));
		MeanSums before = dayByDay();
		assertEquals(DAYS * 24 + 1, before.samples(), "the late sample is counted once, with its day");
		assertSameDays(before, asBlocks());

		store.rollUp(NOW);
		assertSameDays(before, dayByDay());
		assertSameDays(before, asBlocks());
	}

	@Test
	void sumsAddedInPartsEqualTheSumsOfAllTheDays() {
		List<SeriesPoint> days = Series.points(NOW.minus(Duration.ofDays(365)), Duration.ofDays(1), 365,
				d -> 100 * GB + 0.05 * GB * d + ((d * 7919) % 13) * 1e7);
		MeanSums parts = MeanSums.of(days.subList(0, 100)).plus(MeanSums.of(days.subList(100, 101)))
				.plus(MeanSums.of(days.subList(101, 365)));
		double[] x = days.stream().mapToDouble(p -> p.meanAtMillis() / MeanSums.DAY_MILLIS).toArray();
		double[] y = days.stream().mapToDouble(SeriesPoint::mean).toArray();
		double mx = java.util.Arrays.stream(x).average().orElseThrow();
		double my = java.util.Arrays.stream(y).average().orElseThrow();
		double sxx = 0;
		double sxy = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxx += (x[i] - mx) * (x[i] - mx);
			sxy += (x[i] - mx) * (y[i] - my);
			syy += (y[i] - my) * (y[i] - my);
		}
		assertEquals(365, parts.days());
		assertEquals(mx, parts.meanX(), 1e-9);
		assertEquals(my, parts.meanY(), my * 1e-12);
		assertEquals(sxx, parts.sxx(), sxx * 1e-9);
		assertEquals(sxy, parts.sxy(), sxy * 1e-9);
		assertEquals(syy, parts.syy(), syy * 1e-9);
	}

	private static void assertSameDays(MeanSums expected, MeanSums actual) {
		assertEquals(expected.days(), actual.days(), "days");
		assertEquals(expected.samples(), actual.samples(), "samples");
		assertEquals(expected.firstAtMillis(), actual.firstAtMillis(), "first day's mean time");
		assertEquals(expected.lastAtMillis(), actual.lastAtMillis(), "last day's mean time");
		assertEquals(expected.meanX(), actual.meanX(), 1e-9, "mean time");
		assertEquals(expected.meanY(), actual.meanY(), Math.abs(expected.meanY()) * 1e-12, "mean used space");
		assertEquals(expected.sxx(), actual.sxx(), expected.sxx() * 1e-9, "Sxx");
		assertEquals(expected.sxy(), actual.sxy(), Math.abs(expected.sxy()) * 1e-9, "Sxy");
		assertEquals(expected.syy(), actual.syy(), expected.syy() * 1e-9, "Syy");
	}

	private long blocks() throws Exception {
		try (Connection c = database.connections().connect();
				PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM SAMPLE_BLOCK");
				ResultSet rs = s.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
