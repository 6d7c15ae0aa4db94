package org.restripe.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The Restripe database, brought to the current schema on open: embedded Apache Derby in a data directory
 * (one center), or a database several centers share, on a Derby Network Server or on PostgreSQL. The user
 * name and password of a shared database come through a {@link DatabaseLogin}, never in the URL.
 */
public final class RestripeDatabase implements AutoCloseable {
	/** The schema steps in order (step n is V&lt;n&gt;__&lt;name&gt;.sql); a new step is appended here. */
	static final List<String> MIGRATIONS = List.of("business_desk", "requests", "desk", "monitoring", "kit_requests",
			"sample_blocks");

	/** The schema version this build brings a database to. */
	public static int latestSchemaVersion() {
		return MIGRATIONS.size();
	}

	/** Derby gives each user a schema of its own name; every center must see the same tables. */
	private static final String DERBY_SCHEMA = "APP";

	/** How many open RestripeDatabase objects use each embedded database: the last to close shuts it down. */
	private static final java.util.Map<String, Integer> EMBEDDED_OPEN = new java.util.HashMap<>();

	private final Engine engine;
	private final Path directory;
	private final String url;
	private final String described;
	private final String user;
	private char[] password;
	private int migrationsApplied;
	private boolean closed;

	private RestripeDatabase(Engine engine, Path directory, String url, String described, String user) {
		this.engine = engine;
		this.directory = directory;
		this.url = url;
		this.described = described;
		this.user = user;
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
		String url = "jdbc:derby:" + db.toAbsolutePath();
		RestripeDatabase database = new RestripeDatabase(Engine.EMBEDDED_DERBY, db, url, db.toString(), null);
		synchronized (EMBEDDED_OPEN) {
			EMBEDDED_OPEN.merge(url, 1, Integer::sum);
		}
		try (Connection c = DerbyConnector.connect(url + ";create=true")) {
			database.migrate(c);
		} catch (SQLException e) {
			database.releaseEmbedded();
			throw StoreErrors.translate("Cannot open the Restripe database in " + db, e);
		}
		return database;
	}

	/**
	 * Opens a shared database, {@code jdbc:derby://HOST:PORT/NAME} or {@code jdbc:postgresql://HOST:PORT/NAME},
	 * and brings its schema up to date (once, however many centers open it at the same moment). The database
	 * must exist on the server; {@code login} gives the user and, when the server asks, the password.
	 */
	public static RestripeDatabase open(String url, DatabaseLogin login) throws StoreException {
		Engine engine = Engine.ofSharedUrl(url);
		refusePasswordIn(url);
		String plain = url.strip();
		String described = withoutAttributes(plain);
		RestripeDatabase database = new RestripeDatabase(engine, null, plain, described, login.user());
		try (Connection c = database.firstConnection(login)) {
			database.prepareDerbySchema(c);
			database.migrate(c);
		} catch (SQLException e) {
			database.forgetPassword();
			throw StoreErrors.translate("Cannot open the Restripe database " + described, e);
		}
		return database;
	}

	private static void refusePasswordIn(String url) throws StoreException {
		if (url.toLowerCase(Locale.ROOT).contains("password=")) {
			throw new StoreException("The database URL holds a password: leave it out of the URL (it would be"
					+ " logged and kept in shell history); the password is asked for when the server wants one");
		}
	}

	/** The URL up to its attributes (;create=true, ?ssl=...), fit for messages and logs. */
	private static String withoutAttributes(String url) {
		int cut = url.length();
		for (char c : new char[] { ';', '?' }) {
			int at = url.indexOf(c);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		return url.substring(0, cut);
	}

	/** Tries without a password first, and asks for one only when the server refuses for want of it. */
	private Connection firstConnection(DatabaseLogin login) throws SQLException, StoreException {
		try {
			return connectShared();
		} catch (SQLException e) {
			if (!isAuthenticationFailure(e)) {
				throw e;
			}
			char[] given = login.password(user, described);
			if (given == null) {
				throw e; // no password to give: the refusal stands
			}
			password = given;
			return connectShared();
		}
	}

	private static boolean isAuthenticationFailure(SQLException e) {
		return StoreErrors.reason(e).contains("authentication failed");
	}

	/** Which engine holds this database. */
	public Engine engine() {
		return engine;
	}

	/** The folder of the embedded database; null for a shared one. */
	public Path directory() {
		return directory;
	}

	/** Where the database is, for messages: its folder, or its URL without attributes (never a password). */
	public String describe() {
		return described;
	}

	/** How many schema steps this open applied (0 when the database was already current, or another center did). */
	public int migrationsApplied() {
		return migrationsApplied;
	}

	/** A new connection; the caller closes it. */
	public Connection connect() throws StoreException {
		try {
			return engine == Engine.EMBEDDED_DERBY ? DerbyConnector.connect(url) : connectShared();
		} catch (SQLException e) {
			throw StoreErrors.translate("Cannot connect to the Restripe database " + described, e);
		}
	}

	private Connection connectShared() throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", new String(password));
		}
		if (engine == Engine.POSTGRESQL) {
			properties.setProperty("ApplicationName", "Restripe");
			properties.setProperty("connectTimeout", "30");
		}
		Connection c = SharedDrivers.connect(engine, url, properties);
		if (engine == Engine.DERBY_NETWORK && user != null && !DERBY_SCHEMA.equalsIgnoreCase(user)) {
			try (Statement s = c.createStatement()) {
				s.execute("SET SCHEMA " + DERBY_SCHEMA);
			} catch (SQLException e) {
				if (!"42Y07".equals(e.getSQLState())) { // a fresh database has no APP schema until migrated
					c.close();
					throw e;
				}
			}
		}
		return c;
	}

	/** On a fresh Derby database opened as a named user, the schema every center uses is made first. */
	private void prepareDerbySchema(Connection c) throws SQLException {
		if (engine != Engine.DERBY_NETWORK || DERBY_SCHEMA.equals(c.getSchema())) {
			return;
		}
		try (Statement s = c.createStatement()) {
			s.execute("CREATE SCHEMA " + DERBY_SCHEMA);
		} catch (SQLException e) {
			if (!"X0Y68".equals(e.getSQLState())) { // another center made it a moment ago
				throw e;
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("SET SCHEMA " + DERBY_SCHEMA);
		}
	}

	/** The highest schema step applied. */
	public int schemaVersion() throws StoreException {
		try (Connection c = connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
			rs.next();
			return rs.getInt(1);
		} catch (SQLException e) {
			throw StoreErrors.translate("Cannot read the schema version of " + described, e);
		}
	}

	private void migrate(Connection c) throws SQLException, StoreException {
		SchemaMigrator migrator = new SchemaMigrator(engine, MIGRATIONS);
		migrationsApplied = migrator.migrate(c, this::rawConnection);
	}

	private Connection rawConnection() throws SQLException {
		return engine == Engine.EMBEDDED_DERBY ? DerbyConnector.connect(url) : connectShared();
	}

	private void forgetPassword() {
		if (password != null) {
			Arrays.fill(password, '\0');
			password = null;
		}
	}

	/** True when this was the last open user of the embedded database in this JVM. */
	private boolean releaseEmbedded() {
		synchronized (EMBEDDED_OPEN) {
			int left = EMBEDDED_OPEN.merge(url, -1, Integer::sum);
			if (left <= 0) {
				EMBEDDED_OPEN.remove(url);
				return true;
			}
			return false;
		}
	}

	/**
	 * Shuts an embedded database down cleanly (Derby reports that as SQLState 08006) once no other object in
	 * this JVM has it open; forgets the password of a shared one.
	 */
	@Override
	public synchronized void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		forgetPassword();
		if (engine != Engine.EMBEDDED_DERBY || !releaseEmbedded()) {
			return;
		}
		try {
			DerbyConnector.connect(url + ";shutdown=true").close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) {
				throw StoreErrors.translate("Derby did not shut down cleanly in " + directory, e);
			}
		}
	}
}
