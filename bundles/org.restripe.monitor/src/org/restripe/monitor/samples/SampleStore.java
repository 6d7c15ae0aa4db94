package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.store.StoreException;

/**
 * The monitoring samples in the Restripe database (schema step V4): raw samples for a week, hourly
 * roll-ups after that ({@link #rollUp}). Reading a series merges both, so a reader never sees the seam.
 */
public final class SampleStore {
	/** How long raw samples are kept before the roll-up folds them into hours. */
	public static final Duration RAW_KEPT = Duration.ofDays(7);
	static final Duration HOUR = Duration.ofHours(1);
	static final Duration DAY = Duration.ofDays(1);
	private static final int BATCH = 1_000;

	private final Connections connections;
	private final SeriesIds ids = new SeriesIds();

	public SampleStore(Connections connections) {
		this.connections = connections;
	}

	/** Stores the samples in one transaction, inserted in batches: all of them or, on failure, none. */
	public void write(Collection<Sample> samples) throws StoreException {
		if (samples.isEmpty()) {
			return;
		}
		try (Connection c = connections.connect()) {
			// series rows first, each in its own statement: a clash with another center creating the same
			// series must not abort the samples' transaction (PostgreSQL would)
			Map<SeriesKey, Long> seriesIds = new LinkedHashMap<>();
			for (Sample sample : samples) {
				if (!seriesIds.containsKey(sample.series())) {
					seriesIds.put(sample.series(), ids.idOf(c, sample.series()));
				}
			}
			insert(c, samples, seriesIds);
		} catch (SQLException e) {
			throw new StoreException("Cannot store " + samples.size() + " samples: " + e.getMessage(), e);
		}
	}

	private static void insert(Connection c, Collection<Sample> samples, Map<SeriesKey, Long> seriesIds)
			throws SQLException {
		c.setAutoCommit(false);
		try (PreparedStatement s = c.prepareStatement("INSERT INTO SAMPLE (SERIES_ID, AT_MILLIS, VAL) VALUES (?, ?, ?)")) {
			int pending = 0;
			for (Sample sample : samples) {
				s.setLong(1, seriesIds.get(sample.series()));
				s.setLong(2, sample.at().toEpochMilli());
				s.setDouble(3, sample.value());
				s.addBatch();
				if (++pending == BATCH) {
					s.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				s.executeBatch();
			}
			c.commit();
		} catch (SQLException e) {
			c.rollback();
			throw e;
		} finally {
			c.setAutoCommit(true);
		}
	}

	/** The points of one series in [from, to), oldest first: hours rolled up, then raw samples. */
	public List<SeriesPoint> read(SeriesKey series, Instant from, Instant to) throws StoreException {
		try (Connection c = connections.connect()) {
			Long id = SeriesIds.find(c, series);
			if (id == null) {
				return List.of();
			}
			Map<Long, List<SeriesPoint>> points = new LinkedHashMap<>();
			points.put(id, new ArrayList<>());
			SeriesReads.hourly(c, "SERIES_ID = ?", id, from, to, points);
			SeriesReads.raw(c, "SERIES_ID = ?", id, from, to, points);
			List<SeriesPoint> merged = points.get(id);
			merged.sort(Comparator.comparingLong(SeriesPoint::atMillis));
			return merged;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the samples of " + series + ": " + e.getMessage(), e);
		}
	}

	/** Every series of a site with its points in [from, to), oldest first; one query per table. */
	public Map<SeriesKey, List<SeriesPoint>> readSite(String site, Instant from, Instant to) throws StoreException {
		return readSite(site, from, to, key -> true);
	}

	/** As {@link #readSite(String, Instant, Instant)}, reading only the series {@code which} accepts. */
	public Map<SeriesKey, List<SeriesPoint>> readSite(String site, Instant from, Instant to,
			java.util.function.Predicate<SeriesKey> which) throws StoreException {
		try (Connection c = connections.connect()) {
			// a cursor that streams: PostgreSQL's driver honours the fetch size only inside a transaction
			c.setAutoCommit(false);
			Map<Long, SeriesKey> series = SeriesIds.ofSite(c, site);
			series.values().removeIf(which.negate());
			Map<Long, List<SeriesPoint>> points = new LinkedHashMap<>();
			series.keySet().forEach(id -> points.put(id, new ArrayList<>()));
			SeriesReads.eachSeries(c, from, to, true, points);
			Map<SeriesKey, List<SeriesPoint>> bySeries = new LinkedHashMap<>();
			points.forEach((id, list) -> {
				list.sort(Comparator.comparingLong(SeriesPoint::atMillis));
				bySeries.put(series.get(id), list);
			});
			c.commit();
			return bySeries;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the samples of site " + site + ": " + e.getMessage(), e);
		}
	}

	/**
	 * One metric of every series of a site by day in [from, to), oldest first: the daily roll-ups, and the
	 * raw samples of the last week summed into days with them. For trends over months, where a point an
	 * hour would be 24 times the reading for the same line.
	 */
	public Map<SeriesKey, List<SeriesPoint>> readSiteDaily(String site, String metric, Instant from, Instant to)
			throws StoreException {
		try (Connection c = connections.connect()) {
			c.setAutoCommit(false);
			Map<Long, SeriesKey> series = SeriesIds.ofSite(c, site);
			series.values().removeIf(key -> !key.metric().equals(metric));
			Map<Long, List<SeriesPoint>> points = new LinkedHashMap<>();
			series.keySet().forEach(id -> points.put(id, new ArrayList<>()));
			SeriesReads.daily(c, site, metric, from, to, points);
			SeriesReads.eachSeries(c, from, to, false, points);
			c.commit();
			Map<SeriesKey, List<SeriesPoint>> bySeries = new LinkedHashMap<>();
			points.forEach((id, list) -> bySeries.put(series.get(id), SeriesReads.byDay(list)));
			return bySeries;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the daily samples of site " + site + ": " + e.getMessage(), e);
		}
	}

	/**
	 * One metric of every series of a site as the sums of its daily means in [from, to), for a line fit over
	 * months: the same days {@link #readSiteDaily} gives, read as 28-day blocks where a block lies wholly inside
	 * and holds no day that still has raw samples, and as days around them. A year of a thousand volumes reads
	 * some 70,000 rows instead of 365,000.
	 */
	public Map<SeriesKey, MeanSums> readSiteDailyMeans(String site, String metric, Instant from, Instant to)
			throws StoreException {
		try (Connection c = connections.connect()) {
			c.setAutoCommit(false);
			Map<Long, SeriesKey> series = SeriesIds.ofSite(c, site);
			series.values().removeIf(key -> !key.metric().equals(metric));
			Map<SeriesKey, MeanSums> sums = new LinkedHashMap<>();
			new DailyMeansRead(c, site, metric, from, to, series.keySet()).read()
					.forEach((id, sum) -> sums.put(series.get(id), sum));
			c.commit();
			return sums;
		} catch (SQLException e) {
			throw new StoreException("Cannot read the daily samples of site " + site + ": " + e.getMessage(), e);
		}
	}

	/** The sites that have samples. */
	public List<String> sites() throws StoreException {
		List<String> sites = new ArrayList<>();
		try (Connection c = connections.connect();
				PreparedStatement s = c.prepareStatement("SELECT DISTINCT SITE FROM SAMPLE_SERIES ORDER BY SITE");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				sites.add(rs.getString(1));
			}
			return sites;
		} catch (SQLException e) {
			throw new StoreException("Cannot list the monitored sites: " + e.getMessage(), e);
		}
	}

	/**
	 * Folds raw samples older than a week before {@code now} into hourly roll-ups; see {@link RollUp}.
	 *
	 * @return how many raw samples were folded
	 */
	public long rollUp(Instant now) throws StoreException {
		return new RollUp(connections).olderThan(now.minus(RAW_KEPT));
	}
}
