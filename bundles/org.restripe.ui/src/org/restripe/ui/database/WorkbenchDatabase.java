package org.restripe.ui.database;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.secure.RestripeSecureStorage;

/** Opens the database the preferences name: the embedded one in the data directory, or a shared one. */
public final class WorkbenchDatabase {
	private WorkbenchDatabase() {
	}

	public static RestripeDatabase open(Path dataDirectory) throws StoreException {
		DatabaseSettings settings = DatabaseSettings.load();
		if (settings.kind() == DatabaseKind.EMBEDDED) {
			return RestripeDatabase.openEmbedded(dataDirectory);
		}
		String problem = settings.kind().urlProblem(settings.url());
		if (problem != null) {
			throw new StoreException("The database in Preferences > Restripe > Database cannot be opened: " + problem);
		}
		return RestripeDatabase.open(settings.url(), new WorkbenchLogin(WorkbenchDatabase::secureStorage,
				settings.url().strip(), settings.userOrNull()));
	}

	private static ISecurePreferences secureStorage() {
		try {
			return RestripeSecureStorage.workbench();
		} catch (IOException e) {
			return null; // the password is asked, not remembered
		}
	}
}
