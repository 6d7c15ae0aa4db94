package org.restripe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table whose rows carry a version, so that two engineers changing the same request or contract never lose
 * an update: every change is {@code UPDATE ... SET ..., VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?},
 * and the second writer, who read the old version, is refused with who changed the row and when. The table
 * has the columns ID, VERSION (INT NOT NULL DEFAULT 0), CHANGED_BY (VARCHAR) and CHANGED_AT (TIMESTAMP),
 * unless other names are given.
 *
 * <pre>
 * VersionedTable requests = VersionedTable.of("REQUEST", "Request");
 * requests.update(c, 12, readVersion, "anna", "STATE = ?", "DESIGNED");
 * </pre>
 */
public record VersionedTable(String table, String what, String idColumn, String versionColumn,
		String changedByColumn, String changedAtColumn) {
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Names go into SQL text, so only plain identifiers are accepted; values always go through parameters. */
	public VersionedTable {
		for (String name : List.of(table, idColumn, versionColumn, changedByColumn, changedAtColumn)) {
			if (name == null || !IDENTIFIER.matcher(name).matches()) {
				throw new IllegalArgumentException("'" + name + "' is not a plain table or column name");
			}
		}
	}

	/** {@code table} with the columns ID, VERSION, CHANGED_BY, CHANGED_AT; {@code what} names a row in messages. */
	public static VersionedTable of(String table, String what) {
		return new VersionedTable(table, what, "ID", "VERSION", "CHANGED_BY", "CHANGED_AT");
	}

	/**
	 * Changes row {@code id} if it is still at {@code readVersion}: {@code assignments} is the SET list
	 * ("STATE = ?, NOTE = ?") and {@code values} its parameters. Runs on the caller's connection and inside the
	 * caller's transaction. Returns the row's new version; refuses with a {@link StaleRowException} if someone
	 * else changed (or deleted) it since.
	 */
	public int update(Connection c, Object id, int readVersion, String who, String assignments, Object... values)
			throws SQLException, StaleRowException {
		String sql = "UPDATE " + table + " SET " + assignments + ", " + versionColumn + " = " + versionColumn
				+ " + 1, " + changedByColumn + " = ?, " + changedAtColumn + " = CURRENT_TIMESTAMP WHERE " + idColumn
				+ " = ? AND " + versionColumn + " = ?";
		try (PreparedStatement p = c.prepareStatement(sql)) {
			int i = 1;
			for (Object value : values) {
				bind(p, i++, value);
			}
			p.setString(i++, who);
			p.setObject(i++, id);
			p.setInt(i, readVersion);
			if (p.executeUpdate() == 1) {
				return readVersion + 1;
			}
		}
		throw stale(c, id, readVersion);
	}

	/** Binds a value; a null with the parameter's own type, as Derby wants it (setObject(i, null) fails there). */
	private static void bind(PreparedStatement p, int index, Object value) throws SQLException {
		if (value == null) {
			p.setNull(index, p.getParameterMetaData().getParameterType(index));
		} else {
			p.setObject(index, value);
		}
	}

	/** Why the row is not at {@code readVersion} any more: who changed it and when, or that it is gone. */
	StaleRowException stale(Connection c, Object id, int readVersion) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT " + versionColumn + ", " + changedByColumn + ", "
				+ changedAtColumn + " FROM " + table + " WHERE " + idColumn + " = ?")) {
			p.setObject(1, id);
			try (ResultSet rs = p.executeQuery()) {
				if (!rs.next()) {
					return new StaleRowException(what + " " + id + " was deleted since you read it: nothing was"
							+ " changed", null, null, -1);
				}
				int version = rs.getInt(1);
				String by = rs.getString(2);
				Timestamp at = rs.getTimestamp(3);
				LocalDateTime when = at == null ? null : at.toLocalDateTime();
				return new StaleRowException(message(id, readVersion, version, by, when), by, when, version);
			}
		}
	}

	private String message(Object id, int readVersion, int version, String by, LocalDateTime when) {
		if (version == readVersion) {
			// the row is at the version read, so it was not a change that refused us (a wrong id type, say)
			return what + " " + id + " could not be changed although nobody else changed it";
		}
		String who = by == null ? "someone" : by;
		String at = when == null ? "" : " at " + (when.toLocalDate().equals(LocalDate.now()) ? TIME : DATE_TIME).format(when);
		return what + " " + id + " was changed by " + who + at + " since you read it: reload it and try again";
	}
}
