package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily roll-ups, each rebuilt from its day's hourly rows whenever the roll-up touches the day: a day
 * is always exactly the sum of its hours, however often or from however many centers it is rebuilt; and so are
 * the 28-day blocks of the days ({@link Blocks}).
 */
final class Days {
	private static final String COLUMNS = "MIN_VAL, MAX_VAL, MEAN_VAL, MEAN_AT_MILLIS, LAST_VAL, LAST_AT_MILLIS, SAMPLE_COUNT";

	private Days() {
	}

	/** Rebuilds the days that hold {@code hours} (hour starts) of one series; call under the series' lock. */
	static void rebuild(Connection c, long series, Collection<Long> hours) throws SQLException {
		TreeSet<Long> days = new TreeSet<>();
		hours.forEach(hour -> days.add(Bucket.dayOf(hour)));
		Map<Long, Bucket> rebuilt = fromHours(c, series, days.first(), days.last() + SampleStore.DAY.toMillis());
		try (PreparedStatement delete = c.prepareStatement(
				"DELETE FROM SAMPLE_DAILY WHERE SERIES_ID = ? AND DAY_MILLIS >= ? AND DAY_MILLIS <= ?")) {
			delete.setLong(1, series);
			delete.setLong(2, days.first());
			delete.setLong(3, days.last());
			delete.executeUpdate();
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMPLE_DAILY (SERIES_ID, DAY_MILLIS, " + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (Bucket day : rebuilt.values()) {
				insert.setLong(1, series);
				insert.setLong(2, day.start);
				insert.setDouble(3, day.min);
				insert.setDouble(4, day.max);
				insert.setDouble(5, day.mean());
				insert.setLong(6, day.meanAt());
				insert.setDouble(7, day.last);
				insert.setLong(8, day.lastAt);
				insert.setLong(9, day.count);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		Blocks.rebuild(c, series, days.first(), days.last());
	}

	private static Map<Long, Bucket> fromHours(Connection c, long series, long from, long to) throws SQLException {
		Map<Long, Bucket> days = new TreeMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT HOUR_MILLIS, " + COLUMNS
				+ " FROM SAMPLE_HOURLY WHERE SERIES_ID = ? AND HOUR_MILLIS >= ? AND HOUR_MILLIS < ?")) {
			s.setLong(1, series);
			s.setLong(2, from);
			s.setLong(3, to);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					days.computeIfAbsent(Bucket.dayOf(rs.getLong(1)), Bucket::new).merge(rs.getDouble(2), rs.getDouble(3),
							rs.getDouble(4), rs.getLong(5), rs.getLong(8), rs.getDouble(6), rs.getLong(7));
				}
			}
		}
		return days;
	}
}
