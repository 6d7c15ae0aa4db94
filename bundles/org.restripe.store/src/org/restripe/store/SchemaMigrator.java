package org.restripe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to the current schema. Each step runs in its own transaction together with its row in
 * SCHEMA_VERSION, so a crash during an upgrade leaves the database at the previous step, never half-way.
 * Several centers may open a fresh shared database at the same moment: the first takes the schema lock
 * (a PostgreSQL advisory lock; on Derby an exclusive lock on the one-row SCHEMA_LOCK table, held by a second
 * connection), the others wait for it and then re-read the version, finding nothing left to do.
 */
final class SchemaMigrator {
	/** Any fixed number: the advisory lock all Restripe centers agree on ("RSTRIPE1" in ASCII). */
	private static final long ADVISORY_KEY = 0x5253545249504531L;

	private final Engine engine;
	private final List<String> steps;

	SchemaMigrator(Engine engine, List<String> steps) {
		this.engine = engine;
		this.steps = steps;
	}

	/** Applies the missing steps on {@code c}; returns how many this call applied (0 if another center did). */
	int migrate(Connection c, ConnectionSource more) throws SQLException, StoreException {
		if (versionIfAny(c) >= steps.size()) {
			return 0; // the usual open: up to date, no lock needed
		}
		if (engine == Engine.POSTGRESQL) {
			return underAdvisoryLock(c);
		}
		try (Connection lock = more.connect()) {
			holdDerbyLock(lock);
			try {
				return applyMissing(c);
			} finally {
				lock.commit(); // releases the table lock
			}
		}
	}

	/** A further connection to the same database. */
	interface ConnectionSource {
		Connection connect() throws SQLException, StoreException;
	}

	private int underAdvisoryLock(Connection c) throws SQLException, StoreException {
		try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
			p.setLong(1, ADVISORY_KEY);
			p.execute();
		}
		try {
			return applyMissing(c);
		} finally {
			try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				p.setLong(1, ADVISORY_KEY);
				p.execute();
			}
		}
	}

	private static void holdDerbyLock(Connection lock) throws SQLException {
		if (!tableExists(lock, "SCHEMA_LOCK")) {
			try (Statement s = lock.createStatement()) {
				s.execute("CREATE TABLE SCHEMA_LOCK (HOLDER INT PRIMARY KEY)");
			} catch (SQLException e) {
				if (!"X0Y32".equals(e.getSQLState())) { // another center created it a moment ago
					throw e;
				}
			}
		}
		lock.setAutoCommit(false);
		try (Statement s = lock.createStatement()) {
			s.execute("LOCK TABLE SCHEMA_LOCK IN EXCLUSIVE MODE");
		}
	}

	private int applyMissing(Connection c) throws SQLException, StoreException {
		ensureVersionTable(c);
		int applied = 0;
		for (int version = currentVersion(c) + 1; version <= steps.size(); version++) {
			apply(c, Migration.load(version, steps.get(version - 1), engine));
			applied++;
		}
		return applied;
	}

	/**
	 * The schema version, or -1 for a database without the version table. Asked by query, not through the
	 * driver's metadata: Derby compiles a large query for its first getTables, a tenth of a workbench start.
	 */
	private static int versionIfAny(Connection c) throws SQLException {
		try {
			return currentVersion(c);
		} catch (SQLException e) {
			// Derby: table does not exist; PostgreSQL: undefined_table
			if ("42X05".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())) {
				if (!c.getAutoCommit()) {
					c.rollback();
				}
				return -1;
			}
			throw e;
		}
	}

	private boolean versionTableExists(Connection c) throws SQLException {
		return tableExists(c, "SCHEMA_VERSION");
	}

	/** Derby keeps unquoted names in upper case, PostgreSQL in lower case. */
	private static boolean tableExists(Connection c, String name) throws SQLException {
		String schema = c.getSchema();
		for (String candidate : List.of(name, name.toLowerCase(java.util.Locale.ROOT))) {
			try (ResultSet rs = c.getMetaData().getTables(null, schema, candidate, new String[] { "TABLE" })) {
				if (rs.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private void ensureVersionTable(Connection c) throws SQLException {
		if (versionTableExists(c)) {
			return;
		}
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
					+ " APPLIED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
		}
	}

	static int currentVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(VERSION), 0) FROM SCHEMA_VERSION")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static void apply(Connection c, Migration migration) throws SQLException {
		c.setAutoCommit(false);
		try (Statement s = c.createStatement()) {
			for (String sql : migration.statements()) {
				s.execute(sql);
			}
			try (PreparedStatement insert = c
					.prepareStatement("INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION) VALUES (?, ?)")) {
				insert.setInt(1, migration.version());
				insert.setString(2, migration.description());
				insert.executeUpdate();
			}
			c.commit();
		} catch (SQLException e) {
			c.rollback();
			throw new SQLException("Schema step V" + migration.version() + " (" + migration.description()
					+ ") failed: " + e.getMessage(), e.getSQLState(), e);
		} finally {
			c.setAutoCommit(true);
		}
	}
}
