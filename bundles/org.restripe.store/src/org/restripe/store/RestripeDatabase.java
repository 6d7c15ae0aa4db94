package org.restripe.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The Restripe database: embedded Apache Derby in a data directory, brought to the current schema on
 * open. Each schema step runs in its own transaction together with its row in SCHEMA_VERSION, so a crash
 * during an upgrade leaves the database at the previous version, never half-way.
 */
public final class RestripeDatabase implements AutoCloseable {
	/** The schema steps in order (step n is V&lt;n&gt;__&lt;name&gt;.sql); a new step is appended here. */
	static final List<String> MIGRATIONS = List.of("business_desk", "requests", "desk", "monitoring");

	private final Path directory;
	private final String url;

	private RestripeDatabase(Path directory) {
		this.directory = directory;
		this.url = "jdbc:derby:" + directory.toAbsolutePath();
	}

	/** Opens (creating on first use) the embedded database kept in {@code dataDirectory/db}. */
	public static RestripeDatabase openEmbedded(Path dataDirectory) throws StoreException {
		Path db = dataDirectory.resolve("db");
		try {
			Files.createDirectories(dataDirectory);
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create the data directory " + dataDirectory, e);
		}
		// derby.log beside the database rather than in the working directory of whoever started us
		System.setProperty("derby.stream.error.file", dataDirectory.resolve("derby.log").toString());
		RestripeDatabase database = new RestripeDatabase(db);
		try (Connection c = DerbyConnector.connect(database.url + ";create=true")) {
			database.migrate(c);
		} catch (SQLException e) {
			throw new StoreException("Cannot open the Restripe database in " + db + ": " + e.getMessage(), e);
		}
		return database;
	}

	public Path directory() {
		return directory;
	}

	/** A new connection; the caller closes it. */
	public Connection connect() throws StoreException {
		try {
			return DerbyConnector.connect(url);
		} catch (SQLException e) {
			throw new StoreException("Cannot connect to the Restripe database in " + directory, e);
		}
	}

	/** The highest schema step applied. */
	public int schemaVersion() throws StoreException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			rs.next();
			return rs.getInt(1);
		} catch (SQLException e) {
			throw new StoreException("Cannot read the schema version of " + directory, e);
		}
	}

	private void migrate(Connection c) throws SQLException, StoreException {
		ensureVersionTable(c);
		int applied = currentVersion(c);
		for (int version = applied + 1; version <= MIGRATIONS.size(); version++) {
			apply(c, Migration.load(version, MIGRATIONS.get(version - 1)));
		}
	}

	private static void ensureVersionTable(Connection c) throws SQLException {
		try (ResultSet rs = c.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
			if (rs.next()) {
				return;
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
					+ " APPLIED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
		}
	}

	private static int currentVersion(Connection c) throws SQLException {
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
					+ ") failed: " + e.getMessage(), e);
		} finally {
			c.setAutoCommit(true);
		}
	}

	/** Shuts this database down cleanly (Derby reports a clean shutdown as SQLState 08006). */
	@Override
	public void close() throws StoreException {
		try {
			DerbyConnector.connect(url + ";shutdown=true").close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw new StoreException("Derby did not shut down cleanly in " + directory, e);
			}
		}
	}
}
