package org.restripe.store.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.restripe.store.StoreException;
import org.restripe.store.StoreServer;

/**
 * A Derby Network Server in this JVM, on a free loopback port, serving databases kept in a temporary
 * folder (named by absolute path, since the embedded engine this JVM's other tests use may have booted
 * with another home). One per JVM, stopped when the JVM ends.
 */
public final class DerbyNetworkServer {
	private static DerbyNetworkServer shared;

	private final Path root;
	private final StoreServer server;
	private final AtomicInteger databases = new AtomicInteger();

	private DerbyNetworkServer(Path root, StoreServer server) {
		this.root = root;
		this.server = server;
	}

	public static synchronized DerbyNetworkServer shared() {
		if (shared == null) {
			shared = start();
			DerbyNetworkServer server = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop test Derby Network Server"));
		}
		return shared;
	}

	private static DerbyNetworkServer start() {
		try {
			Path root = Files.createTempDirectory("restripe-derbynet");
			PrintWriter log = new PrintWriter(Files.newBufferedWriter(root.resolve("server.log")), true);
			return new DerbyNetworkServer(root, StoreServer.start(root, "127.0.0.1", FreePort.loopback(), null, null, log));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (StoreException e) {
			throw new IllegalStateException("Cannot start the test Derby Network Server: " + e.getMessage(), e);
		}
	}

	public int port() {
		return server.port();
	}

	/** {@code jdbc:derby://127.0.0.1:PORT/NAME}, where NAME may be an absolute path. */
	public String url(String database) {
		return "jdbc:derby://127.0.0.1:" + port() + "/" + database;
	}

	/** A new, empty database; returns its name (an absolute path under the server's folder). */
	public String createDatabase() {
		String name = root.resolve("db" + databases.incrementAndGet()).toString();
		try (Connection c = connect(url(name) + ";create=true", new Properties())) {
			return name;
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
		}
	}

	/**
	 * A new database that lets in only {@code user} with {@code password} (Derby's BUILTIN authentication,
	 * set as database properties so that the rest of this JVM's Derby is unaffected).
	 */
	public String createDatabaseRequiringLogin(String user, String password) {
		String name = createDatabase();
		String[][] settings = { { "derby.user." + user, password }, { "derby.authentication.provider", "BUILTIN" },
				{ "derby.connection.requireAuthentication", "true" } };
		try (Connection c = connect(url(name), new Properties()); Statement s = c.createStatement()) {
			for (String[] setting : settings) {
				s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('" + setting[0] + "', '" + setting[1] + "')");
			}
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot set up authentication on " + name + ": " + e.getMessage(), e);
		}
		Properties login = new Properties();
		login.setProperty("user", user);
		login.setProperty("password", password);
		try {
			connect(url(name) + ";shutdown=true", login).close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { // shut down, to boot again with authentication on
				throw new IllegalStateException("Cannot restart " + name + ": " + e.getMessage(), e);
			}
		}
		return name;
	}

	private static Connection connect(String url, Properties login) throws SQLException {
		try {
			java.sql.Driver driver = (java.sql.Driver) Class.forName("org.apache.derby.client.ClientAutoloadedDriver")
					.getDeclaredConstructor().newInstance();
			return driver.connect(url, login);
		} catch (ReflectiveOperationException e) {
			throw new SQLException("the Derby network client is not on the class path", e);
		}
	}

	public synchronized void stop() {
		try {
			server.close();
		} catch (StoreException e) {
			// the JVM is ending; the folder goes anyway
		}
		TempDirs.delete(root);
	}
}
