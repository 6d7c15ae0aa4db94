package org.restripe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.restripe.monitor.Recommendation;
import org.restripe.monitor.advice.Advisor;
import org.restripe.monitor.advice.Recommendations;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.store.RestripeDatabase;

/**
 * Forecasting 1,000 volumes from a year of hourly samples: what {@code restripe recommendations SITE} does
 * (read the site's samples from the embedded store, roll-ups and raw merged, then fit and advise) and the
 * fit alone on the same samples in memory. The store is built once in a directory kept between runs: the
 * last week as raw samples through SampleStore.write, the year before as the hourly and daily roll-ups the
 * roll-up job leaves (one sample an hour, inserted directly, since rolling a year up is not what is measured
 * here), and the days' 28-day blocks. What is read: the last two weeks of the site by hour, and each volume's
 * used space by day as sums (blocks, the days around them, the raw week).
 *
 * <p>Arguments: {@code [volumes] [days] [directory]} (default 1000 365 target/forecast-bench).
 */
public final class ForecastBench {
	private static final String SITE = "Bench";
	private static final String TARGET = "127.0.0.1/16161";
	private static final double GB = 1L << 30;
	private static final int ROUNDS = 5;

	private ForecastBench() {
	}

	public static void main(String[] args) throws Exception {
		int volumes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
		Path dir = Path.of(args.length > 2 ? args[2] : "target/forecast-bench");
		Bench.header("ForecastBench: " + volumes + " volumes, " + days + " days of hourly samples");
		boolean fresh = !Files.exists(dir.resolve("db"));
		// the samples end at the hour the store was built, so a kept store is read as it was written
		Path stamp = dir.resolve("built-at");
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(dir)) {
			if (fresh) {
				Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
				Bench.Timed<Long> built = Bench.time(() -> build(database, volumes, days, now));
				Files.writeString(stamp, now.toString());
				Bench.print("store built (samples)", built.value(), "", null);
				Bench.print("store built in", built.millis() / 1000, "s", null);
			}
			Instant now = Instant.parse(Files.readString(stamp).strip());
			measure(new SampleStore(database::connect), now, days);
		}
	}

	private static void measure(SampleStore store, Instant now, int days) throws Exception {
		Duration window = Duration.ofDays(days + 1);
		Recommendations recommendations = new Recommendations(store, SITE::equals, new Advisor(), window);
		List<Double> full = new ArrayList<>();
		List<Double> fit = new ArrayList<>();
		int made = 0;
		long points = 0;
		for (int round = 0; round <= ROUNDS; round++) {
			Bench.Timed<List<Recommendation>> all = Bench.time(() -> recommendations.forSite(SITE, now));
			Map<SeriesKey, List<SeriesPoint>> samples = new java.util.LinkedHashMap<>(
					store.readSite(SITE, now.minus(Recommendations.RECENT), now.plusMillis(1)));
			samples.putAll(store.readSiteDaily(SITE, Metric.USED_BYTES, now.minus(window), now.plusMillis(1)));
			Bench.Timed<List<Recommendation>> fitted = Bench.time(() -> new Advisor().advise(SITE, samples, now));
			if (round == 0) {
				Bench.print("first round (cold): read + fit", all.millis(), "ms", null);
				continue;
			}
			full.add(all.millis());
			fit.add(fitted.millis());
			made = fitted.value().size();
			points = samples.values().stream().mapToLong(List::size).sum();
		}
		Bench.print("points read (hours and days)", points, "", null);
		Bench.print("recommendations", made, "", null);
		Spread.print("recommendations SITE: read from the store + fit", Spread.of(full), "%.0f", "ms", "<= 2000 ms");
		Spread.print("fit alone (1,000 volumes in memory)", Spread.of(fit), "%.0f", "ms", null);
	}

	/** One site of {@code volumes} volumes on arrays of 100, each growing at its own rate with a daily swing. */
	private static long build(RestripeDatabase database, int volumes, int days, Instant now) throws Exception {
		SampleStore store = new SampleStore(database::connect);
		Instant start = now.minus(Duration.ofDays(days));
		Instant rawFrom = now.minus(SampleStore.RAW_KEPT);
		long written = 0;
		for (int v = 0; v < volumes; v++) {
			String volume = "v" + (v % 100) + " on t3-" + (v / 100);
			double size = 500 * GB;
			// a tenth of the volumes fill within the quarter; the rest grow slowly or not at all
			double perDay = (v % 10 == 0 ? 2.5 : (v % 10) * 0.05) * GB;
			double startUsed = v % 10 == 0 ? size - perDay * (days + 30 + v % 60) : 100 * GB;
			List<Sample> raw = new ArrayList<>();
			List<double[]> hours = new ArrayList<>();
			for (int h = 0; h < days * 24; h++) {
				Instant at = start.plus(Duration.ofHours(h));
				double used = startUsed + perDay * h / 24 + 2 * GB * Math.sin(h * 2 * Math.PI / 24);
				if (at.isBefore(rawFrom)) {
					hours.add(new double[] { at.toEpochMilli(), used });
				} else {
					raw.add(new Sample(new SeriesKey(SITE, TARGET, volume, Metric.USED_BYTES), at, used));
				}
			}
			raw.add(new Sample(new SeriesKey(SITE, TARGET, volume, Metric.SIZE_BYTES), now.minus(Duration.ofHours(1)), size));
			store.write(raw);
			hourly(database, new SeriesKey(SITE, TARGET, volume, Metric.USED_BYTES), hours, "SAMPLE_HOURLY", "HOUR_MILLIS");
			hourly(database, new SeriesKey(SITE, TARGET, volume, Metric.USED_BYTES), days(hours), "SAMPLE_DAILY",
					"DAY_MILLIS");
			written += raw.size() + hours.size();
		}
		blocks(database);
		return written;
	}

	/** The 28-day blocks the roll-up keeps of the days (as schema step V6 sums them for days already there). */
	private static void blocks(RestripeDatabase database) throws Exception {
		long block = Duration.ofDays(28).toMillis();
		long day = Duration.ofDays(1).toMillis();
		try (Connection c = database.connect(); var s = c.createStatement()) {
			s.executeUpdate("INSERT INTO SAMPLE_BLOCK (SERIES_ID, BLOCK_MILLIS, DAYS, SUM_X, SUM_Y, SUM_XX, SUM_XY, SUM_YY,"
					+ " SAMPLE_COUNT, FIRST_AT_MILLIS, LAST_AT_MILLIS) SELECT SERIES_ID, BLOCK_MILLIS, COUNT(*), SUM(X),"
					+ " SUM(MEAN_VAL), SUM(X * X), SUM(X * MEAN_VAL), SUM(MEAN_VAL * MEAN_VAL), SUM(SAMPLE_COUNT),"
					+ " MIN(MEAN_AT_MILLIS), MAX(MEAN_AT_MILLIS) FROM (SELECT SERIES_ID, (DAY_MILLIS / " + block + ") * " + block
					+ " AS BLOCK_MILLIS, CAST(MEAN_AT_MILLIS - (DAY_MILLIS / " + block + ") * " + block
					+ " AS DOUBLE PRECISION) / " + day + " AS X, MEAN_VAL, SAMPLE_COUNT, MEAN_AT_MILLIS FROM SAMPLE_DAILY) D"
					+ " GROUP BY SERIES_ID, BLOCK_MILLIS");
		}
	}

	/** The hours by UTC day: {start, mean, mean time, min, max, last, last time, count}. */
	private static List<double[]> days(List<double[]> hours) {
		Map<Long, double[]> days = new java.util.TreeMap<>();
		long day = Duration.ofDays(1).toMillis();
		for (double[] hour : hours) {
			long at = (long) hour[0];
			double[] d = days.computeIfAbsent(Math.floorDiv(at, day) * day,
					start -> new double[] { start, 0, 0, Double.MAX_VALUE, -Double.MAX_VALUE, 0, 0, 0 });
			d[1] += hour[1];
			d[2] += at - d[0];
			d[3] = Math.min(d[3], hour[1]);
			d[4] = Math.max(d[4], hour[1]);
			d[5] = hour[1];
			d[6] = at;
			d[7]++;
		}
		days.values().forEach(d -> {
			d[1] /= d[7];
			d[2] = d[0] + Math.round(d[2] / d[7]);
		});
		return new ArrayList<>(days.values());
	}

	/**
	 * Roll-ups as the roll-up job leaves them: an hour of one sample (min = max = mean = last, count 1), or a
	 * day of {@link #days}.
	 */
	private static void hourly(RestripeDatabase database, SeriesKey key, List<double[]> rows, String table, String start)
			throws Exception {
		try (Connection c = database.connect()) {
			long id;
			try (PreparedStatement s = c.prepareStatement("SELECT ID FROM SAMPLE_SERIES WHERE SITE = ? AND TARGET = ?"
					+ " AND OBJECT_NAME = ? AND METRIC = ?")) {
				s.setString(1, key.site());
				s.setString(2, key.target());
				s.setString(3, key.object());
				s.setString(4, key.metric());
				try (var rs = s.executeQuery()) {
					rs.next();
					id = rs.getLong(1);
				}
			}
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table + " (SERIES_ID, " + start + ", MIN_VAL,"
					+ " MAX_VAL, MEAN_VAL, MEAN_AT_MILLIS, LAST_VAL, LAST_AT_MILLIS, SAMPLE_COUNT)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (double[] row : rows) {
					boolean day = row.length > 2;
					long at = (long) row[0];
					s.setLong(1, id);
					s.setLong(2, at);
					s.setDouble(3, day ? row[3] : row[1]);
					s.setDouble(4, day ? row[4] : row[1]);
					s.setDouble(5, row[1]);
					s.setLong(6, day ? (long) row[2] : at);
					s.setDouble(7, day ? row[5] : row[1]);
					s.setLong(8, day ? (long) row[6] : at);
					s.setLong(9, day ? (long) row[7] : 1);
					s.addBatch();
				}
				s.executeBatch();
			}
			c.commit();
		}
	}
}
