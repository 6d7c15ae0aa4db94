package org.restripe.ui.database;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The database the workbench opens at start: kind, URL and user in the workbench's preferences (node
 * org.restripe.ui), never a password. The data directory is kept in the configuration scope, which is read
 * before the instance location (the data directory itself) is fixed.
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user) {
	public static final String NODE = "org.restripe.ui";
	public static final String KIND = "database.kind";
	public static final String URL = "database.url";
	public static final String USER = "database.user";
	public static final String DATA_DIRECTORY = "dataDirectory";

	public static DatabaseSettings embedded() {
		return new DatabaseSettings(DatabaseKind.EMBEDDED, "", "");
	}

	/** The settings saved, or embedded ones when none are (or a saved kind is not known). */
	public static DatabaseSettings load() {
		var prefs = Platform.getPreferencesService();
		String kind = prefs.getString(NODE, KIND, DatabaseKind.EMBEDDED.name(), null);
		DatabaseKind k;
		try {
			k = DatabaseKind.valueOf(kind);
		} catch (IllegalArgumentException e) {
			k = DatabaseKind.EMBEDDED;
		}
		return new DatabaseSettings(k, prefs.getString(NODE, URL, "", null), prefs.getString(NODE, USER, "", null));
	}

	public void save() throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(KIND, kind.name());
		node.put(URL, url == null ? "" : url.strip());
		node.put(USER, user == null ? "" : user.strip());
		node.flush();
	}

	/** The user name to log in as, or null for the engine's default. */
	public String userOrNull() {
		return user == null || user.isBlank() ? null : user.strip();
	}

	/** The data directory chosen in the preferences, used when the workbench is started without -data. */
	public static Optional<Path> configuredDataDirectory() {
		String path = ConfigurationScope.INSTANCE.getNode(NODE).get(DATA_DIRECTORY, "");
		return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
	}

	/** Keeps the data directory for the next start; blank: the default (~/.restripe). */
	public static void setDataDirectory(String path) throws BackingStoreException {
		IEclipsePreferences node = ConfigurationScope.INSTANCE.getNode(NODE);
		if (path == null || path.isBlank()) {
			node.remove(DATA_DIRECTORY);
		} else {
			node.put(DATA_DIRECTORY, Path.of(path.strip()).toAbsolutePath().normalize().toString());
		}
		node.flush();
	}
}
