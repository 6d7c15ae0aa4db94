package org.restripe.ui;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.database.DatabaseOpening;

/** The workbench's open data directory and database, shared by views and handlers. */
public final class RestripeUi {
	private static DataDirectory dataDirectory;
	private static DatabaseOpening database;

	private RestripeUi() {
	}

	/**
	 * Starts opening the database (embedded or as the preferences say) beside the workbench's start, and writes the
	 * demo site on a first run; whether the database opened is known from {@link #awaitDatabase()}.
	 */
	static synchronized void open(DataDirectory data) throws StoreException {
		dataDirectory = data;
		database = DatabaseOpening.start(data.path());
		data.seedDemoSite();
	}

	/** Waits until the database is open; its reason in words when it cannot be (another Restripe using it...). */
	static void awaitDatabase() throws StoreException {
		opening().await();
	}

	static synchronized void close() throws StoreException {
		if (database != null) {
			DatabaseOpening open = database;
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

	/** The database; the first callers may wait the moment it still takes to open. */
	public static RestripeDatabase database() {
		try {
			return opening().await();
		} catch (StoreException e) {
			throw new IllegalStateException("Restripe's database is not open: " + e.getMessage(), e);
		}
	}

	private static synchronized DatabaseOpening opening() {
		if (database == null) {
			throw new IllegalStateException("Restripe's database is not open");
		}
		return database;
	}
}
