package org.restripe.ui.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * The workbench's database while it opens. The embedded database boots on a thread of its own beside the
 * workbench's start (Derby's boot and schema check were a third of a second of the window's wait); a shared one
 * opens on the caller's thread, as before, since its login may ask for a password in a dialog, which a thread
 * the UI waits for could not show.
 */
public final class DatabaseOpening {
	private final CompletableFuture<RestripeDatabase> database;

	private DatabaseOpening(CompletableFuture<RestripeDatabase> database) {
		this.database = database;
	}

	/** Starts opening the database the preferences name for {@code dataDirectory}; failures come from {@link #await()}. */
	public static DatabaseOpening start(Path dataDirectory) {
		DatabaseSettings settings = DatabaseSettings.load();
		if (settings.kind() != DatabaseKind.EMBEDDED) {
			CompletableFuture<RestripeDatabase> opened = new CompletableFuture<>();
			try {
				opened.complete(WorkbenchDatabase.open(dataDirectory));
			} catch (StoreException | RuntimeException e) {
				opened.completeExceptionally(e);
			}
			return new DatabaseOpening(opened);
		}
		CompletableFuture<RestripeDatabase> opened = new CompletableFuture<>();
		Thread boot = new Thread(() -> {
			try {
				opened.complete(RestripeDatabase.openEmbedded(dataDirectory));
			} catch (StoreException | RuntimeException | Error e) {
				opened.completeExceptionally(e);
			}
		}, "restripe-database-open");
		boot.setDaemon(true);
		boot.start();
		return new DatabaseOpening(opened);
	}

	/** The open database, once it is: waits for it; the reason in words when it cannot be opened. */
	public RestripeDatabase await() throws StoreException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return database.get();
				} catch (InterruptedException e) {
					interrupted = true; // the database is wanted all the same; keep the flag for the caller
				} catch (ExecutionException e) {
					throw asStoreException(e.getCause());
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Closes the database if it opened (waiting for it if it is still opening); nothing if it failed. */
	public void close() throws StoreException {
		RestripeDatabase open;
		try {
			open = await();
		} catch (StoreException e) {
			return; // it never opened: nothing to close
		}
		open.close();
	}

	private static StoreException asStoreException(Throwable cause) {
		if (cause instanceof StoreException store) {
			return store;
		}
		String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new StoreException("The database could not be opened: " + what, cause);
	}
}
