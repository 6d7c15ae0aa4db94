package org.restripe.store;

import java.util.Arrays;

/**
 * Who logs in to a shared database, and the password when the server asks for one. The password never sits in
 * a URL or a file: the CLI asks on the terminal, the workbench through its secure storage. The store wipes the
 * arrays it is given when the database closes.
 */
public interface DatabaseLogin {
	/** No user name (the engine's default) and no password: a Derby Network Server without authentication. */
	DatabaseLogin NONE = of(null, null);

	/** The user name to log in as, or null for the engine's default. */
	String user();

	/**
	 * The password of {@code user} for {@code database} (a URL without attributes), asked only when the
	 * server wants one; null if there is none to give.
	 */
	char[] password(String user, String database) throws StoreException;

	/** A known user and password (tests, or a password the caller already holds); the array is copied. */
	static DatabaseLogin of(String user, char[] password) {
		char[] copy = password == null ? null : password.clone();
		return new DatabaseLogin() {
			@Override
			public String user() {
				return user;
			}

			@Override
			public char[] password(String forUser, String database) {
				return copy == null ? null : Arrays.copyOf(copy, copy.length);
			}
		};
	}
}
