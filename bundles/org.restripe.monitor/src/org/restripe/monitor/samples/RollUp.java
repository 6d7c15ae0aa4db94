package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import org.restripe.store.StoreException;

/**
 * Folds raw samples older than a cut-off into hourly roll-ups, one series per transaction. Idempotent
 * (a second run finds nothing left to fold) and safe from two centers at once: each transaction first
 * locks the series' row, so the second center waits, then finds the raw samples gone. An hour already
 * rolled up that receives a late sample is merged, not duplicated, so nothing is counted twice or lost.
 * The days those hours fall in are rebuilt from their hours in the same transaction ({@link Days}).
 */
final class RollUp {
	private final Connections connections;

	RollUp(Connections connections) {
		this.connections = connections;
	}

	long olderThan(java.time.Instant cutoff) throws StoreException {
		// whole hours only: a partly rolled hour would be merged later, but an hour is the unit readers expect
		long before = Bucket.hourOf(cutoff.toEpochMilli());
		long folded = 0;
		try (Connection c = connections.connect()) {
			for (long series : SeriesIds.all(c)) {
				folded += series(c, series, before);
			}
			return folded;
		} catch (SQLException e) {
			throw new StoreException("The roll-up of samples failed: " + e.getMessage(), e);
		}
	}

	private static long series(Connection c, long series, long before) throws SQLException {
		c.setAutoCommit(false);
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		try {
			lock(c, series);
			Map<Long, Bucket> hours = rawHours(c, series, before);
			if (hours.isEmpty()) {
				c.commit();
				return 0;
			}
			mergeStored(c, series, hours);
			store(c, series, hours);
			Days.rebuild(c, series, hours.keySet());
			long folded = delete(c, series, before);
			c.commit();
			return folded;
		} catch (SQLException e) {
			c.rollback();
			throw e;
		} finally {
			c.setAutoCommit(true);
		}
	}

	/** An exclusive row lock on the series, held to commit: one roll-up of a series at a time, anywhere. */
	private static void lock(Connection c, long series) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("UPDATE SAMPLE_SERIES SET METRIC = METRIC WHERE ID = ?")) {
			s.setLong(1, series);
			s.executeUpdate();
		}
	}

	private static Map<Long, Bucket> rawHours(Connection c, long series, long before) throws SQLException {
		Map<Long, Bucket> hours = new TreeMap<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT AT_MILLIS, VAL FROM SAMPLE WHERE SERIES_ID = ? AND AT_MILLIS < ?")) {
			s.setLong(1, series);
			s.setLong(2, before);
			s.setFetchSize(1_000);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					long at = rs.getLong(1);
					hours.computeIfAbsent(Bucket.hourOf(at), Bucket::new).add(at, rs.getDouble(2));
				}
			}
		}
		return hours;
	}

	/** Hours rolled up before (a late sample arrived for them) are merged with what is stored. */
	private static void mergeStored(Connection c, long series, Map<Long, Bucket> hours) throws SQLException {
		long first = hours.keySet().iterator().next();
		long last = ((TreeMap<Long, Bucket>) hours).lastKey();
		try (PreparedStatement s = c.prepareStatement("SELECT HOUR_MILLIS, MIN_VAL, MAX_VAL, MEAN_VAL,"
				+ " MEAN_AT_MILLIS, SAMPLE_COUNT, LAST_VAL, LAST_AT_MILLIS FROM SAMPLE_HOURLY WHERE SERIES_ID = ? AND HOUR_MILLIS BETWEEN ? AND ?")) {
			s.setLong(1, series);
			s.setLong(2, first);
			s.setLong(3, last);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					Bucket hour = hours.get(rs.getLong(1));
					if (hour != null) {
						hour.merge(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5), rs.getLong(6),
								rs.getDouble(7), rs.getLong(8));
						hour.stored = true;
					}
				}
			}
		}
	}

	private static void store(Connection c, long series, Map<Long, Bucket> hours) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMPLE_HOURLY (MIN_VAL, MAX_VAL, MEAN_VAL,"
				+ " MEAN_AT_MILLIS, LAST_VAL, LAST_AT_MILLIS, SAMPLE_COUNT, SERIES_ID, HOUR_MILLIS)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement update = c.prepareStatement("UPDATE SAMPLE_HOURLY SET MIN_VAL = ?, MAX_VAL = ?,"
						+ " MEAN_VAL = ?, MEAN_AT_MILLIS = ?, LAST_VAL = ?, LAST_AT_MILLIS = ?, SAMPLE_COUNT = ?"
						+ " WHERE SERIES_ID = ? AND HOUR_MILLIS = ?")) {
			for (Bucket hour : hours.values()) {
				PreparedStatement s = hour.stored ? update : insert;
				s.setDouble(1, hour.min);
				s.setDouble(2, hour.max);
				s.setDouble(3, hour.mean());
				s.setLong(4, hour.meanAt());
				s.setDouble(5, hour.last);
				s.setLong(6, hour.lastAt);
				s.setLong(7, hour.count);
				s.setLong(8, series);
				s.setLong(9, hour.start);
				s.addBatch();
			}
			insert.executeBatch();
			update.executeBatch();
		}
	}

	private static long delete(Connection c, long series, long before) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("DELETE FROM SAMPLE WHERE SERIES_ID = ? AND AT_MILLIS < ?")) {
			s.setLong(1, series);
			s.setLong(2, before);
			return s.executeUpdate();
		}
	}
}
