package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Optimistic locking for rows engineers edit at the same time (requests, contracts): an update names the
 * version it read ({@code WHERE ID = ? AND VERSION = ?}) and moves it on; an update of 0 rows is refused
 * with who changed the row and when. (Private to the desk until the store's helper lands on main.)
 */
final class Versioned {
	private Versioned() {
	}

	/**
	 * {@code UPDATE table SET assignments, VERSION = VERSION + 1, CHANGED_BY = who, CHANGED_AT = now WHERE ID = id
	 * AND VERSION = version}; the table and assignments are the desk's own constants, the values are bound.
	 */
	static void update(Connection c, String what, String table, Object id, int version, String who,
			String assignments, Object... values) throws SQLException, ChangedMeanwhileException {
		String sql = "UPDATE " + table + " SET " + assignments
				+ ", VERSION = VERSION + 1, CHANGED_BY = ?, CHANGED_AT = ? WHERE ID = ? AND VERSION = ?";
		try (PreparedStatement p = c.prepareStatement(sql)) {
			int i = 1;
			for (Object value : values) {
				bind(p, i++, value);
			}
			p.setString(i++, who);
			p.setTimestamp(i++, Timestamp.from(Times.now()));
			p.setObject(i++, id);
			p.setInt(i, version);
			if (p.executeUpdate() == 0) {
				throw refusal(c, what, table, id, version);
			}
		}
	}

	/** Binds a value; a null is bound with the parameter's own type, as Derby wants it. */
	static void bind(PreparedStatement p, int index, Object value) throws SQLException {
		if (value == null) {
			p.setNull(index, p.getParameterMetaData().getParameterType(index));
		} else {
			p.setObject(index, value);
		}
	}

	private static ChangedMeanwhileException refusal(Connection c, String what, String table, Object id, int version)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"SELECT VERSION, CHANGED_BY, CHANGED_AT FROM " + table + " WHERE ID = ?")) {
			p.setObject(1, id);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					return new ChangedMeanwhileException(what);
				}
				Timestamp at = rs.getTimestamp(3);
				return new ChangedMeanwhileException(what, version, rs.getInt(1), rs.getString(2),
						at == null ? null : at.toInstant());
			}
		}
	}
}
