package org.restripe.ui;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/** The workbench's open data directory and database, shared by views and handlers. */
public final class RestripeUi {
	private static DataDirectory dataDirectory;
	private static RestripeDatabase database;

	private RestripeUi() {
	}

	static synchronized void open(DataDirectory data) throws StoreException {
		dataDirectory = data;
		database = org.restripe.ui.database.WorkbenchDatabase.open(data.path()); // embedded or as the preferences say
		data.seedDemoSite();
	}

	static synchronized void close() throws StoreException {
		if (database != null) {
			RestripeDatabase open = database;
			database = null;
			open.close();
		}
	}

	public static synchronized DataDirectory dataDirectory() {
		if (dataDirectory == null) {
			throw new IllegalStateException("Restripe's data directory is not open yet");
		}
		return dataDirectory;
	}

	public static synchronized RestripeDatabase database() {
		if (database == null) {
			throw new IllegalStateException("Restripe's database is not open");
		}
		return database;
	}
}
