package org.restripe.monitor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;

class SampleStoreTest {
	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
	private static final SeriesKey USED = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.USED_BYTES);
	private static final Duration MINUTE = Duration.ofMinutes(1);

	private MonitorDatabase database;
	private SampleStore store;

	private void open(FreshStore engine) throws Exception {
		database = MonitorDatabase.open(engine);
		store = database.samples();
	}

	@AfterEach
	void close() throws Exception {
		if (database != null) {
			database.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aSeriesReadsBackWhatWasWrittenOldestFirstWithinTheRange(FreshStore engine) throws Exception {
		open(engine);
		List<Sample> written = Series.samples(USED, NOW.minus(Duration.ofHours(1)), MINUTE, 60, i -> 1000 + i);
		List<Sample> shuffled = new ArrayList<>(written);
		java.util.Collections.reverse(shuffled);
		store.write(shuffled);

		List<SeriesPoint> points = store.read(USED, NOW.minus(Duration.ofMinutes(30)), NOW);

		assertEquals(30, points.size());
		assertEquals(1030, points.get(0).mean());
		assertEquals(NOW.minus(Duration.ofMinutes(30)), points.get(0).at());
		assertEquals(1059, points.get(29).last());
		assertFalse(points.get(0).rolledUp());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aSeriesNobodyWroteIsEmptyAndSeriesKeepTheirOwnSamples(FreshStore engine) throws Exception {
		open(engine);
		SeriesKey size = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.SIZE_BYTES);
		store.write(Series.samples(size, NOW, MINUTE, 3, i -> 5e9));

		assertEquals(List.of(), store.read(USED, NOW.minus(Duration.ofDays(1)), NOW.plus(MINUTE)));
		assertEquals(3, store.read(size, NOW, NOW.plus(Duration.ofHours(1))).size());
		assertEquals(List.of("Acme"), store.sites());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void tenThousandSamplesGoInBatchesInOneWrite(FreshStore engine) throws Exception {
		open(engine);
		store.write(Series.samples(USED, NOW.minus(Duration.ofDays(7)), MINUTE, 10_000, i -> i));

		assertEquals(10_000, rows("SAMPLE"));
		assertEquals(10_000, store.read(USED, NOW.minus(Duration.ofDays(8)), NOW).size());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void samplesOlderThanAWeekBecomeHoursWithMinMaxMeanLastAndCount(FreshStore engine) throws Exception {
		open(engine);
		Instant hour = Instant.parse("2026-11-20T10:00:00Z");
		// one hour of minute samples 0..59, then a recent sample that stays raw
		store.write(Series.samples(USED, hour, MINUTE, 60, i -> i));
		store.write(List.of(new Sample(USED, NOW.minus(Duration.ofDays(1)), 500)));

		assertEquals(60, store.rollUp(NOW));

		List<SeriesPoint> points = store.read(USED, hour.minus(Duration.ofDays(1)), NOW);
		assertEquals(2, points.size(), "one hour rolled up, one raw sample");
		SeriesPoint rolled = points.get(0);
		assertTrue(rolled.rolledUp());
		assertEquals(hour, rolled.at());
		assertEquals(0, rolled.min());
		assertEquals(59, rolled.max());
		assertEquals(29.5, rolled.mean(), 1e-9);
		assertEquals(59, rolled.last());
		assertEquals(hour.plus(Duration.ofMinutes(59)), rolled.lastAt());
		assertEquals(60, rolled.count());
		assertEquals(hour.plus(Duration.ofSeconds(59 * 30)), rolled.meanAt(), "the mean of minutes 0 to 59");
		assertEquals(500, points.get(1).mean());
		assertEquals(1, rows("SAMPLE"), "only the recent sample is still raw");
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aSecondRollUpFindsNothingToFoldAndChangesNothing(FreshStore engine) throws Exception {
		open(engine);
		store.write(Series.samples(USED, Instant.parse("2026-11-01T00:00:00Z"), MINUTE, 600, i -> i % 7));
		assertEquals(600, store.rollUp(NOW));
		List<SeriesPoint> once = store.read(USED, Instant.EPOCH, NOW);

		assertEquals(0, store.rollUp(NOW));

		assertEquals(once, store.read(USED, Instant.EPOCH, NOW));
		assertEquals(10, once.size());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aLateSampleForAnHourAlreadyRolledUpIsMergedIntoIt(FreshStore engine) throws Exception {
		open(engine);
		Instant hour = Instant.parse("2026-11-20T10:00:00Z");
		store.write(Series.samples(USED, hour, MINUTE, 10, i -> 10));
		store.rollUp(NOW);
		// a center that was cut off delivers its sample from the middle of that hour afterwards
		store.write(List.of(new Sample(USED, hour.plus(Duration.ofMinutes(30)), 120)));

		assertEquals(1, store.rollUp(NOW));

		List<SeriesPoint> points = store.read(USED, hour, hour.plus(Duration.ofHours(1)));
		assertEquals(1, points.size());
		assertEquals(11, points.get(0).count());
		assertEquals(120, points.get(0).max());
		assertEquals(120, points.get(0).last(), "the late sample is the hour's latest reading");
		assertEquals((10 * 10 + 120) / 11.0, points.get(0).mean(), 1e-9);
		SeriesPoint day = store.readSiteDaily("Acme", Metric.USED_BYTES, Instant.parse("2026-11-20T00:00:00Z"), NOW)
				.get(USED).get(0);
		assertEquals(11, day.count(), "the day rebuilt from its hour");
		assertEquals(120, day.max());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void twoCentersRollingUpAtOnceFoldEverySampleExactlyOnce(FreshStore engine) throws Exception {
		open(engine);
		Instant start = Instant.parse("2026-10-01T00:00:00Z");
		for (int volume = 0; volume < 20; volume++) {
			SeriesKey key = new SeriesKey("Acme", "127.0.0.1/16161", "v" + volume + " on t3a", Metric.USED_BYTES);
			store.write(Series.samples(key, start, Duration.ofMinutes(5), 12 * 48, i -> i));
		}
		long written = rows("SAMPLE");
		SampleStore otherCenter = new SampleStore(database.connections());

		ExecutorService centers = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> runs = centers.invokeAll(List.<Callable<Long>>of(() -> store.rollUp(NOW),
					() -> otherCenter.rollUp(NOW)), 5, TimeUnit.MINUTES);
			long folded = runs.get(0).get() + runs.get(1).get();
			assertEquals(written, folded, "each raw sample folded by one center only");
		} finally {
			centers.shutdownNow();
		}
		assertEquals(0, rows("SAMPLE"));
		assertEquals(20 * 48, rows("SAMPLE_HOURLY"));
		assertEquals(written, sum("SELECT SUM(SAMPLE_COUNT) FROM SAMPLE_HOURLY"));
		assertEquals(20 * 2, rows("SAMPLE_DAILY"));
		assertEquals(written, sum("SELECT SUM(SAMPLE_COUNT) FROM SAMPLE_DAILY"));
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void daysAreTheSumOfTheirHoursAndTheWeeksRawSamples(FreshStore engine) throws Exception {
		open(engine);
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		int halfHours = 2 * 24 * 30 + 24; // to 2026-12-01T12:00, NOW
		store.write(Series.samples(USED, start, Duration.ofMinutes(30), halfHours, i -> i));
		store.rollUp(NOW);

		List<SeriesPoint> days = store.readSiteDaily("Acme", Metric.USED_BYTES, Instant.EPOCH, NOW).get(USED);

		assertEquals(31, days.size(), "November and the morning of December 1");
		assertEquals(halfHours, days.stream().mapToLong(SeriesPoint::count).sum(), "every sample in one day");
		SeriesPoint first = days.get(0);
		assertEquals(Duration.ofDays(1), first.span());
		assertEquals(48, first.count());
		assertEquals(0, first.min());
		assertEquals(47, first.max());
		assertEquals(23.5, first.mean(), 1e-9);
		assertEquals(start.plus(Duration.ofMinutes(705)), first.meanAt(), "the mean of 00:00 to 23:30");
		SeriesPoint seam = days.get(23);
		assertEquals(Instant.parse("2026-11-24T00:00:00Z"), seam.at());
		assertEquals(48, seam.count(), "the day the roll-up reached at noon: 24 rolled up, 24 raw");
		assertEquals(23 * 48 + 23.5, seam.mean(), 1e-9);
		assertEquals(halfHours - 1, days.get(30).last());
		assertEquals(24, days.get(30).count());
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aSiteReadsAllItsSeriesAndNoneOfAnotherSite(FreshStore engine) throws Exception {
		open(engine);
		SeriesKey size = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.SIZE_BYTES);
		SeriesKey elsewhere = new SeriesKey("Globex", "10.0.0.9/161", "v1 on t3a", Metric.USED_BYTES);
		store.write(Series.samples(USED, Instant.parse("2026-11-01T00:00:00Z"), Duration.ofHours(1), 24 * 30, i -> i));
		store.write(Series.samples(size, NOW.minus(Duration.ofHours(2)), Duration.ofHours(1), 2, i -> 1e12));
		store.write(Series.samples(elsewhere, NOW.minus(Duration.ofHours(2)), Duration.ofHours(1), 2, i -> 1));
		store.rollUp(NOW);

		Map<SeriesKey, List<SeriesPoint>> site = store.readSite("Acme", Instant.EPOCH, NOW);

		assertEquals(List.of(size, USED), List.copyOf(site.keySet()));
		List<SeriesPoint> used = site.get(USED);
		assertEquals(24 * 30, used.size(), "hours rolled up and raw samples together");
		assertTrue(used.get(0).rolledUp());
		assertFalse(used.get(used.size() - 1).rolledUp());
		for (int i = 1; i < used.size(); i++) {
			assertTrue(used.get(i - 1).at().isBefore(used.get(i).at()), "oldest first at " + i);
		}
	}

	private long rows(String table) throws Exception {
		return sum("SELECT COUNT(*) FROM " + table);
	}

	private long sum(String query) throws Exception {
		try (Connection c = database.connections().connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
