package org.restripe.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens Derby connections both on a flat class path and inside OSGi. DriverManager will not hand Derby's
 * driver to a bundle (it checks the caller's class loader), so the driver is instantiated through Derby's
 * own class loader and asked directly.
 */
final class DerbyConnector {
	private static final String AUTOLOADED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
	private static volatile Driver driver;

	private DerbyConnector() {
	}

	static Connection connect(String url) throws SQLException {
		Connection connection = driver().connect(url, new Properties());
		if (connection == null) {
			throw new SQLException("Derby refused the URL " + url);
		}
		return connection;
	}

	/** Shuts the whole embedded engine down, so that system-wide settings apply when it boots again. */
	static void shutdownEngine() throws StoreException {
		try {
			driver().connect("jdbc:derby:;shutdown=true", new Properties());
		} catch (SQLException e) {
			if (!"XJ015".equals(e.getSQLState())) { // XJ015 is Derby's "shut down as asked"
				throw StoreErrors.translate("Cannot restart the Derby engine", e);
			}
		}
		driver = null; // a shut down engine needs a fresh driver
	}

	private static Driver driver() throws SQLException {
		Driver current = driver;
		if (current == null) {
			current = loadDriver();
			driver = current;
		}
		return current;
	}

	private static Driver loadDriver() throws SQLException {
		try {
			// UserAuthenticator sits in a package Derby exports, so it resolves through Require-Bundle;
			// its class loader is Derby's own, which can load the internal driver class
			ClassLoader derby = org.apache.derby.authentication.UserAuthenticator.class.getClassLoader();
			Class<?> type = Class.forName(AUTOLOADED_DRIVER, true, derby);
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			// flat class path without the internal class visible: the service-loaded driver will do
			return DriverManager.getDriver("jdbc:derby:");
		}
	}
}
