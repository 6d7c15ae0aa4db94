package org.restripe.ui.secure;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;

/**
 * The sites' passwords (dialback account, array consoles, management host) in Eclipse secure storage, node
 * {@code org.restripe/sites/SITE/KIND/TARGET}, always encrypted. A password not stored is asked of the engineer,
 * who may have it remembered; one not remembered is kept in memory for this piece of work only (a run logs in
 * to an array more than once) and wiped by {@link #close()}.
 */
public final class SecureStorageSecrets implements SecretSource, AutoCloseable {
	public static final String ROOT = "org.restripe/sites";
	public static final String KEY = "password";

	/** Asks the engineer for a password; null when cancelled. Called on the thread that needs the secret. */
	@FunctionalInterface
	public interface Asker {
		Answer ask(Secret secret, String siteName, boolean canRemember) throws IOException;
	}

	/** What the engineer typed and whether to keep it in secure storage. */
	public record Answer(char[] password, boolean remember) {
	}

	private final ISecurePreferences storage;
	private final String siteName;
	private final Asker asker;
	private final Map<Secret, char[]> thisTime = new HashMap<>();

	public SecureStorageSecrets(ISecurePreferences storage, String siteName, Asker asker) {
		this.storage = storage;
		this.siteName = siteName;
		this.asker = asker;
	}

	/** The site's passwords, asking in a dialog on the workbench's UI thread when one is missing. */
	public static SecureStorageSecrets forSite(ISecurePreferences storage, String siteName) {
		return new SecureStorageSecrets(storage, siteName, SitePasswordDialog.asker());
	}

	/** The secure-storage node of one secret of one site, e.g. org.restripe/sites/demo-site/arrays/t3a. */
	public static String nodePath(String siteName, Secret secret) {
		String kind = switch (secret.kind()) {
		case DIAL_ACCOUNT -> "dialback";
		case ARRAY_LOGIN -> "arrays";
		case HOST_LOGIN -> "host";
		};
		return ROOT + "/" + EncodingUtils.encodeSlashes(siteName) + "/" + kind + "/"
				+ EncodingUtils.encodeSlashes(secret.target());
	}

	@Override
	public synchronized char[] secret(Secret secret) throws IOException {
		char[] known = thisTime.get(secret);
		if (known != null) {
			return known.clone();
		}
		boolean storageOpen = storage != null;
		if (storageOpen) {
			try {
				String stored = storage.node(nodePath(siteName, secret)).get(KEY, null);
				if (stored != null) {
					return stored.toCharArray();
				}
			} catch (StorageException e) {
				// no master password given, or a damaged entry: ask, without offering to remember
				storageOpen = false;
				warn("The " + secret.describe() + " could not be read from secure storage: " + e.getMessage());
			}
		}
		Answer answer = asker.ask(secret, siteName, storageOpen);
		if (answer == null || answer.password() == null) {
			throw new IOException("cancelled");
		}
		thisTime.put(secret, answer.password().clone());
		if (answer.remember() && storageOpen) {
			remember(secret, answer.password());
		}
		return answer.password();
	}

	private void remember(Secret secret, char[] password) {
		try {
			ISecurePreferences node = storage.node(nodePath(siteName, secret));
			node.put(KEY, new String(password), true);
			if (!node.isEncrypted(KEY)) {
				// a storage without a password provider keeps values in clear: never flush that
				node.remove(KEY);
				warn("Secure storage would keep the " + secret.describe() + " in clear; it was not remembered");
				return;
			}
			node.flush();
		} catch (StorageException | IOException e) {
			warn("The " + secret.describe() + " could not be remembered in secure storage: " + e.getMessage());
		}
	}

	private static void warn(String message) {
		ILog.of(SecureStorageSecrets.class).log(Status.warning(message));
	}

	@Override
	public synchronized void close() {
		thisTime.values().forEach(p -> Arrays.fill(p, '\0'));
		thisTime.clear();
	}
}
