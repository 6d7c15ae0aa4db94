package org.restripe.ui.kit;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.ui.secure.RestripeSecureStorage;

/**
 * The password of the center key's keystore, kept in Eclipse secure storage (node {@value #NODE}) and made
 * at random when the key is made, so the engineer never has to choose or type one. A storage that could
 * only keep it in clear (no password provider installed) is refused rather than used.
 */
public final class SecureStorageKeyPassword implements KeyPassword {
	public static final String NODE = "org.restripe/center-key";
	public static final String KEY = "keystore-password";

	private final ISecurePreferences storage;

	public SecureStorageKeyPassword(ISecurePreferences storage) {
		this.storage = storage;
	}

	/** The workbench's secure storage, which asks for its master password once per session. */
	public static SecureStorageKeyPassword fromDefault() {
		try {
			return new SecureStorageKeyPassword(RestripeSecureStorage.workbench());
		} catch (IOException e) {
			return new SecureStorageKeyPassword(null); // refused with its reason when the password is needed
		}
	}

	@Override
	public char[] password(boolean creating) throws IOException {
		if (storage == null) {
			throw new IOException("Eclipse secure storage cannot be opened");
		}
		try {
			ISecurePreferences node = storage.node(NODE);
			String stored = node.get(KEY, null);
			if (stored != null) {
				return stored.toCharArray();
			}
			if (!creating) {
				throw new IOException("its password is not in Eclipse secure storage (" + NODE
						+ "): the keystore was made by another workbench, or the secure storage was reset");
			}
			return store(node);
		} catch (StorageException e) {
			throw new IOException("Eclipse secure storage: " + e.getMessage(), e);
		}
	}

	private static char[] store(ISecurePreferences node) throws StorageException, IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		node.put(KEY, made, true);
		if (!node.isEncrypted(KEY)) {
			// Equinox falls back to clear text when no password provider is installed: never flush that
			node.remove(KEY);
			throw new IOException("Eclipse secure storage has no password provider here and would keep the"
					+ " center key's password in clear");
		}
		node.flush();
		return made.toCharArray();
	}
}
