package org.restripe.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The JDBC drivers of the shared engines, asked directly rather than through DriverManager, which inside
 * OSGi refuses a driver the caller's class loader did not load. PostgreSQL exports its driver class; the
 * Derby client exports none, so its driver is loaded through the bundle this one requires (see OsgiWires).
 */
final class SharedDrivers {
	private static final String DERBY_CLIENT_BUNDLE = "derbyclient";
	private static final String DERBY_CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver";
	private static volatile Driver derbyClient;
	private static volatile Driver postgresql;

	private SharedDrivers() {
	}

	static Connection connect(Engine engine, String url, Properties login) throws SQLException {
		Driver driver = engine == Engine.POSTGRESQL ? postgresql() : derbyClient();
		Connection connection = driver.connect(url, login);
		if (connection == null) {
			throw new SQLException("The " + engine + " driver does not understand the URL", "08001");
		}
		return connection;
	}

	private static Driver postgresql() {
		Driver current = postgresql;
		if (current == null) {
			current = new org.postgresql.Driver();
			postgresql = current;
		}
		return current;
	}

	private static Driver derbyClient() throws SQLException {
		Driver current = derbyClient;
		if (current == null) {
			current = loadDerbyClient();
			derbyClient = current;
		}
		return current;
	}

	private static Driver loadDerbyClient() throws SQLException {
		try {
			Class<?> type = OsgiWires.inOsgi(SharedDrivers.class)
					? OsgiWires.loadFromRequiredBundle(SharedDrivers.class, DERBY_CLIENT_BUNDLE, DERBY_CLIENT_DRIVER)
					: Class.forName(DERBY_CLIENT_DRIVER);
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new SQLException("The Derby network client (derbyclient) is not installed: " + e, "08001", e);
		}
	}
}
