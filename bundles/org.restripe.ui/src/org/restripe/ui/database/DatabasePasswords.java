package org.restripe.ui.database;

import java.io.IOException;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The shared database's password in Eclipse secure storage, node {@code org.restripe/database/URL/USER}, always
 * encrypted: a storage that would keep it in clear is refused, and nothing is written.
 */
public final class DatabasePasswords {
	public static final String ROOT = "org.restripe/database";
	public static final String KEY = "password";

	private final ISecurePreferences storage;

	public DatabasePasswords(ISecurePreferences storage) {
		this.storage = storage;
	}

	static String nodePath(String url, String user) {
		return ROOT + "/" + EncodingUtils.encodeSlashes(url.strip()) + "/"
				+ EncodingUtils.encodeSlashes(user == null || user.isBlank() ? "(default)" : user.strip());
	}

	/** The password kept for the user of the database, or null. */
	public char[] get(String url, String user) throws StorageException {
		String kept = storage.node(nodePath(url, user)).get(KEY, null);
		return kept == null ? null : kept.toCharArray();
	}

	/** Keeps the password encrypted, or refuses saying why. */
	public void put(String url, String user, char[] password) throws IOException {
		try {
			ISecurePreferences node = storage.node(nodePath(url, user));
			node.put(KEY, new String(password), true);
			if (!node.isEncrypted(KEY)) {
				node.remove(KEY);
				throw new IOException("secure storage would keep it in clear (no master password was given)");
			}
			node.flush();
		} catch (StorageException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
