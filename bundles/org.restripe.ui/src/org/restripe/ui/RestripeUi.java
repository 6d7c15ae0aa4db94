package org.restripe.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.database.WorkbenchDatabase;

/**
 * The workbench's open data directory and database, shared by views and handlers. The embedded database boots
 * while the workbench builds its window (Derby's boot is about half a second of a start on two cores); the first
 * caller of {@link #database()} before it is up waits for it.
 */
public final class RestripeUi {
	private static DataDirectory dataDirectory;
	private static RestripeDatabase database;
	private static CompletableFuture<RestripeDatabase> opening;

	private RestripeUi() {
	}

	static void open(DataDirectory data) throws StoreException {
		synchronized (RestripeUi.class) {
			dataDirectory = data;
		}
		data.seedDemoSite();
		if (!WorkbenchDatabase.isEmbedded()) { // a shared database may ask for its password: before the window
			RestripeDatabase shared = WorkbenchDatabase.open(data.path());
			synchronized (RestripeUi.class) {
				database = shared;
			}
			return;
		}
		CompletableFuture<RestripeDatabase> booting = new CompletableFuture<>();
		Thread boot = new Thread(() -> {
			try {
				booting.complete(WorkbenchDatabase.open(data.path()));
			} catch (StoreException | RuntimeException e) {
				booting.completeExceptionally(e);
			}
		}, "restripe-database-open");
		boot.setDaemon(true);
		synchronized (RestripeUi.class) {
			opening = booting;
		}
		boot.start();
	}

	/** Calls {@code failed} with the reason if the embedded database cannot be opened (then nothing can work). */
	static void whenOpenFails(Consumer<String> failed) {
		CompletableFuture<RestripeDatabase> booting;
		synchronized (RestripeUi.class) {
			booting = opening;
		}
		if (booting != null) {
			booting.whenComplete((db, e) -> {
				if (e != null) {
					failed.accept(e.getMessage());
				}
			});
		}
	}

	static void close() throws StoreException {
		RestripeDatabase open;
		CompletableFuture<RestripeDatabase> booting;
		synchronized (RestripeUi.class) {
			open = database;
			booting = opening;
			database = null;
			opening = null;
		}
		if (open == null && booting != null) {
			open = booting.exceptionally(e -> null).join();
		}
		if (open != null) {
			open.close();
		}
	}

	public static synchronized DataDirectory dataDirectory() {
		if (dataDirectory == null) {
			throw new IllegalStateException("Restripe's data directory is not open yet");
		}
		return dataDirectory;
	}

	public static RestripeDatabase database() {
		CompletableFuture<RestripeDatabase> booting;
		synchronized (RestripeUi.class) {
			if (database != null) {
				return database;
			}
			booting = opening;
		}
		if (booting == null) {
			throw new IllegalStateException("Restripe's database is not open");
		}
		try {
			RestripeDatabase open = booting.join();
			synchronized (RestripeUi.class) {
				database = open;
			}
			return open;
		} catch (CompletionException e) {
			Throwable why = e.getCause() != null ? e.getCause() : e;
			throw new IllegalStateException("Restripe's database cannot be opened: " + why.getMessage(), why);
		}
	}
}
