package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The halves of a read: roll-ups and raw samples, each added to its series' list. */
final class SeriesReads {
	private SeriesReads() {
	}

	/**
	 * Hours and raw samples of each series in {@code points}, one indexed range read a series: a query for all
	 * of a site's series at once lets Derby scan the whole table (a year of hours) for the last two weeks.
	 */
	static void eachSeries(Connection c, Instant from, Instant to, boolean withHours, Map<Long, List<SeriesPoint>> points)
			throws SQLException {
		try (PreparedStatement hours = c.prepareStatement(HOURLY + "SERIES_ID = ? AND HOUR_MILLIS >= ? AND HOUR_MILLIS < ?");
				PreparedStatement raw = c.prepareStatement(RAW + "SERIES_ID = ? AND AT_MILLIS >= ? AND AT_MILLIS < ?")) {
			for (long id : points.keySet()) {
				if (withHours) {
					hours.setLong(1, id);
					hours.setLong(2, from.toEpochMilli());
					hours.setLong(3, to.toEpochMilli());
					addHours(hours, points);
				}
				raw.setLong(1, id);
				raw.setLong(2, from.toEpochMilli());
				raw.setLong(3, to.toEpochMilli());
				addRaw(raw, points);
			}
		}
	}

	/** Hours that start in [from, to). {@code which} selects the series with one parameter. */
	static void hourly(Connection c, String which, Object parameter, Instant from, Instant to,
			Map<Long, List<SeriesPoint>> points) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(HOURLY + which + " AND HOUR_MILLIS >= ? AND HOUR_MILLIS < ?")) {
			s.setObject(1, parameter);
			s.setLong(2, from.toEpochMilli());
			s.setLong(3, to.toEpochMilli());
			addHours(s, points);
		}
	}

	private static final String HOURLY = "SELECT SERIES_ID, HOUR_MILLIS, MIN_VAL, MAX_VAL, MEAN_VAL, MEAN_AT_MILLIS, LAST_VAL,"
			+ " LAST_AT_MILLIS, SAMPLE_COUNT FROM SAMPLE_HOURLY WHERE ";
	private static final String RAW = "SELECT SERIES_ID, AT_MILLIS, VAL FROM SAMPLE WHERE ";

	private static void addHours(PreparedStatement s, Map<Long, List<SeriesPoint>> points) throws SQLException {
		s.setFetchSize(1_000);
		try (ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				List<SeriesPoint> list = points.get(rs.getLong(1));
				if (list != null) {
					list.add(SeriesPoint.hour(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getLong(6),
							rs.getDouble(7), rs.getLong(8), rs.getLong(9)));
				}
			}
		}
	}

	private static void addRaw(PreparedStatement s, Map<Long, List<SeriesPoint>> points) throws SQLException {
		s.setFetchSize(1_000);
		try (ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				List<SeriesPoint> list = points.get(rs.getLong(1));
				if (list != null) {
					list.add(SeriesPoint.raw(rs.getLong(2), rs.getDouble(3)));
				}
			}
		}
	}

	/** Days that start in [from, to) of one metric of a site. */
	static void daily(Connection c, String site, String metric, Instant from, Instant to,
			Map<Long, List<SeriesPoint>> points) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT SERIES_ID, DAY_MILLIS, MIN_VAL, MAX_VAL, MEAN_VAL,"
				+ " MEAN_AT_MILLIS, LAST_VAL, LAST_AT_MILLIS, SAMPLE_COUNT FROM SAMPLE_DAILY WHERE SERIES_ID IN"
				+ " (SELECT ID FROM SAMPLE_SERIES WHERE SITE = ? AND METRIC = ?) AND DAY_MILLIS >= ? AND DAY_MILLIS < ?")) {
			s.setString(1, site);
			s.setString(2, metric);
			s.setLong(3, from.toEpochMilli());
			s.setLong(4, to.toEpochMilli());
			s.setFetchSize(1_000);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					List<SeriesPoint> list = points.get(rs.getLong(1));
					if (list != null) {
						list.add(SeriesPoint.day(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
								rs.getLong(6), rs.getDouble(7), rs.getLong(8), rs.getLong(9)));
					}
				}
			}
		}
	}

	/** Days and raw samples of one series summed by day: the day the roll-up reached is part rows, part raw. */
	static List<SeriesPoint> byDay(List<SeriesPoint> points) {
		java.util.TreeMap<Long, Bucket> days = new java.util.TreeMap<>();
		for (SeriesPoint point : points) {
			days.computeIfAbsent(Bucket.dayOf(point.atMillis()), Bucket::new).add(point);
		}
		List<SeriesPoint> merged = new java.util.ArrayList<>(days.size());
		days.values().forEach(day -> merged.add(SeriesPoint.of(day, SampleStore.DAY.toMillis())));
		return merged;
	}

	static void raw(Connection c, String which, Object parameter, Instant from, Instant to,
			Map<Long, List<SeriesPoint>> points) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(RAW + which + " AND AT_MILLIS >= ? AND AT_MILLIS < ?")) {
			s.setObject(1, parameter);
			s.setLong(2, from.toEpochMilli());
			s.setLong(3, to.toEpochMilli());
			addRaw(s, points);
		}
	}

}
