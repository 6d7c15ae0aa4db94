package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * Each series' days in blocks of 28 as the sums of a line fit (table SAMPLE_BLOCK, schema step V6): a block is
 * always exactly the sum of its days, rebuilt from them in the transaction that rebuilds any of them.
 */
final class Blocks {
	static final long LENGTH_MILLIS = Duration.ofDays(28).toMillis();
	private static final String SUMS = "SELECT SERIES_ID, BLOCK_MILLIS, COUNT(*), SUM(X), SUM(MEAN_VAL), SUM(X * X),"
			+ " SUM(X * MEAN_VAL), SUM(MEAN_VAL * MEAN_VAL), SUM(SAMPLE_COUNT), MIN(MEAN_AT_MILLIS), MAX(MEAN_AT_MILLIS)"
			+ " FROM (SELECT SERIES_ID, (DAY_MILLIS / " + LENGTH_MILLIS + ") * " + LENGTH_MILLIS + " AS BLOCK_MILLIS,"
			+ " CAST(MEAN_AT_MILLIS - (DAY_MILLIS / " + LENGTH_MILLIS + ") * " + LENGTH_MILLIS + " AS DOUBLE PRECISION) / "
			+ SampleStore.DAY.toMillis() + " AS X, MEAN_VAL, SAMPLE_COUNT, MEAN_AT_MILLIS FROM SAMPLE_DAILY"
			+ " WHERE SERIES_ID = ? AND DAY_MILLIS >= ? AND DAY_MILLIS < ?) DAYS_IN_BLOCKS GROUP BY SERIES_ID, BLOCK_MILLIS";

	private Blocks() {
	}

	static long blockOf(long millis) {
		return Math.floorDiv(millis, LENGTH_MILLIS) * LENGTH_MILLIS;
	}

	/** Rebuilds the blocks holding the days from {@code firstDay} to {@code lastDay} (day starts) of one series. */
	static void rebuild(Connection c, long series, long firstDay, long lastDay) throws SQLException {
		long first = blockOf(firstDay);
		long end = blockOf(lastDay) + LENGTH_MILLIS;
		try (PreparedStatement delete = c.prepareStatement(
				"DELETE FROM SAMPLE_BLOCK WHERE SERIES_ID = ? AND BLOCK_MILLIS >= ? AND BLOCK_MILLIS < ?")) {
			delete.setLong(1, series);
			delete.setLong(2, first);
			delete.setLong(3, end);
			delete.executeUpdate();
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMPLE_BLOCK (SERIES_ID, BLOCK_MILLIS, DAYS,"
				+ " SUM_X, SUM_Y, SUM_XX, SUM_XY, SUM_YY, SAMPLE_COUNT, FIRST_AT_MILLIS, LAST_AT_MILLIS) " + SUMS)) {
			insert.setLong(1, series);
			insert.setLong(2, first);
			insert.setLong(3, end);
			insert.executeUpdate();
		}
	}

	/** Adds the blocks of a site's metric in [from, end) (block starts) to their series' sums. */
	static void read(Connection c, String site, String metric, long from, long end, Map<Long, MeanSums> sums)
			throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT SERIES_ID, BLOCK_MILLIS, DAYS, SUM_X, SUM_Y, SUM_XX,"
				+ " SUM_XY, SUM_YY, SAMPLE_COUNT, FIRST_AT_MILLIS, LAST_AT_MILLIS FROM SAMPLE_BLOCK WHERE SERIES_ID IN"
				+ " (SELECT ID FROM SAMPLE_SERIES WHERE SITE = ? AND METRIC = ?) AND BLOCK_MILLIS >= ? AND BLOCK_MILLIS < ?")) {
			s.setString(1, site);
			s.setString(2, metric);
			s.setLong(3, from);
			s.setLong(4, end);
			s.setFetchSize(1_000);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					MeanSums block = MeanSums.ofSums(rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5),
							rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9), rs.getLong(10), rs.getLong(11));
					sums.computeIfPresent(rs.getLong(1), (id, sum) -> sum.plus(block));
				}
			}
		}
	}
}
