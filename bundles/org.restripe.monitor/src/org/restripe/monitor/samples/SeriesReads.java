package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The two halves of a read: hourly roll-ups and raw samples, each added to its series' list. */
final class SeriesReads {
	private SeriesReads() {
	}

	/** Hours that start in [from, to). {@code which} selects the series with one parameter. */
	static void hourly(Connection c, String which, Object parameter, Instant from, Instant to,
			Map<Long, List<SeriesPoint>> points) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT SERIES_ID, HOUR_MILLIS, MIN_VAL, MAX_VAL, MEAN_VAL,"
				+ " MEAN_AT_MILLIS, LAST_VAL, LAST_AT_MILLIS, SAMPLE_COUNT FROM SAMPLE_HOURLY WHERE " + which
				+ " AND HOUR_MILLIS >= ? AND HOUR_MILLIS < ?")) {
			s.setObject(1, parameter);
			s.setLong(2, from.toEpochMilli());
			s.setLong(3, to.toEpochMilli());
			s.setFetchSize(1_000);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					List<SeriesPoint> list = points.get(rs.getLong(1));
					if (list != null) {
						list.add(SeriesPoint.hour(rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
								rs.getLong(6), rs.getDouble(7), rs.getLong(8), rs.getLong(9)));
					}
				}
			}
		}
	}

	static void raw(Connection c, String which, Object parameter, Instant from, Instant to,
			Map<Long, List<SeriesPoint>> points) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"SELECT SERIES_ID, AT_MILLIS, VAL FROM SAMPLE WHERE " + which + " AND AT_MILLIS >= ? AND AT_MILLIS < ?")) {
			s.setObject(1, parameter);
			s.setLong(2, from.toEpochMilli());
			s.setLong(3, to.toEpochMilli());
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
	}
}
