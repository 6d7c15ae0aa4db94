package org.restripe.connect;

import java.io.IOException;

/**
 * Hands the line the secrets it needs, when it needs them: the workbench from Eclipse secure storage (asking
 * the engineer once), the CLI from a prompt on the terminal or an owner-only file. The connection code never
 * stores a secret; the caller clears the returned array once it has been typed.
 */
@FunctionalInterface
public interface SecretSource {

	/**
	 * The secret, freshly allocated; the caller overwrites it after use.
	 *
	 * @throws IOException when it cannot be had (the engineer cancelled, the file is readable by others); the
	 *         message says why
	 */
	char[] secret(Secret secret) throws IOException;
}
