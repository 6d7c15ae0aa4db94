package org.restripe.monitor.samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SAMPLE_SERIES row of each series, created on first use; another center may create it at the same time. */
final class SeriesIds {
	private static final String UNIQUE_VIOLATION = "23505";
	private final Map<SeriesKey, Long> known = new ConcurrentHashMap<>();

	long idOf(Connection c, SeriesKey key) throws SQLException {
		Long id = known.get(key);
		if (id != null) {
			return id;
		}
		Long found = find(c, key);
		if (found == null) {
			found = create(c, key);
		}
		known.put(key, found);
		return found;
	}

	/** The series of a site, with their ids. */
	static Map<Long, SeriesKey> ofSite(Connection c, String site) throws SQLException {
		Map<Long, SeriesKey> series = new java.util.LinkedHashMap<>();
		try (PreparedStatement s = c.prepareStatement("SELECT ID, TARGET, OBJECT_NAME, METRIC FROM SAMPLE_SERIES"
				+ " WHERE SITE = ? ORDER BY TARGET, OBJECT_NAME, METRIC")) {
			s.setString(1, site);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					series.put(rs.getLong(1), new SeriesKey(site, rs.getString(2), rs.getString(3), rs.getString(4)));
				}
			}
		}
		return series;
	}

	/** All series ids, for the roll-up. */
	static List<Long> all(Connection c) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT ID FROM SAMPLE_SERIES ORDER BY ID");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	static Long find(Connection c, SeriesKey key) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT ID FROM SAMPLE_SERIES"
				+ " WHERE SITE = ? AND TARGET = ? AND OBJECT_NAME = ? AND METRIC = ?")) {
			bind(s, key);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? rs.getLong(1) : null;
			}
		}
	}

	private static long create(Connection c, SeriesKey key) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"INSERT INTO SAMPLE_SERIES (SITE, TARGET, OBJECT_NAME, METRIC) VALUES (?, ?, ?, ?)")) {
			bind(s, key);
			s.executeUpdate();
		} catch (SQLException e) {
			// another center created it between our look and our insert: theirs will do
			if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
				throw e;
			}
		}
		Long id = find(c, key);
		if (id == null) {
			throw new SQLException("The series " + key + " was neither found nor created");
		}
		return id;
	}

	private static void bind(PreparedStatement s, SeriesKey key) throws SQLException {
		s.setString(1, key.site());
		s.setString(2, key.target());
		s.setString(3, key.object());
		s.setString(4, key.metric());
	}
}
