package org.restripe.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens Derby connections both on a flat class path and inside OSGi. DriverManager will not hand Derby's
 * driver to a bundle (it checks the caller's class loader), so the driver is instantiated through this
 * bundle's class loader, which sees Derby by Require-Bundle, and asked directly.
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
			Class<?> type = Class.forName(AUTOLOADED_DRIVER, true, DerbyConnector.class.getClassLoader());
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			// flat class path without the internal class visible: the service-loaded driver will do
			return DriverManager.getDriver("jdbc:derby:");
		}
	}
}
