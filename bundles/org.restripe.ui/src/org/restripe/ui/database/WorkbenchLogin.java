package org.restripe.ui.database;

import java.io.IOException;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.restripe.store.DatabaseLogin;
import org.restripe.store.StoreException;
import org.restripe.ui.UiThread;

/**
 * The workbench's login to a shared database: the user from the preferences; the password, when the server
 * asks for one, from secure storage, else asked in a {@link DatabasePasswordDialog} (and remembered if wished).
 */
public final class WorkbenchLogin implements DatabaseLogin {
	private final Supplier<ISecurePreferences> storage;
	private final String url;
	private final String user;

	/** {@code storage}: the secure storage, or null when it cannot be opened. */
	public WorkbenchLogin(Supplier<ISecurePreferences> storage, String url, String user) {
		this.storage = storage;
		this.url = url;
		this.user = user;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public char[] password(String forUser, String database) throws StoreException {
		ISecurePreferences secure = storage.get();
		if (secure != null) {
			try {
				char[] kept = new DatabasePasswords(secure).get(url, user);
				if (kept != null) {
					return kept;
				}
			} catch (StorageException e) {
				warn("The database password could not be read from secure storage: " + e.getMessage());
			}
		}
		return ask(secure, database);
	}

	private char[] ask(ISecurePreferences secure, String database) {
		DatabasePasswordDialog[] answered = new DatabasePasswordDialog[1];
		char[] typed = UiThread.ask(UiThread.display(), () -> {
			DatabasePasswordDialog dialog = new DatabasePasswordDialog(UiThread.parentShell(), user, database);
			answered[0] = dialog;
			return dialog.open() == DatabasePasswordDialog.OK ? dialog.typed() : null;
		}, null);
		if (typed != null && secure != null && answered[0].remember()) {
			try {
				new DatabasePasswords(secure).put(url, user, typed);
			} catch (IOException e) {
				warn("The database password was not remembered: " + e.getMessage());
			}
		}
		return typed;
	}

	private static void warn(String message) {
		ILog.of(WorkbenchLogin.class).log(Status.warning(message));
	}
}
