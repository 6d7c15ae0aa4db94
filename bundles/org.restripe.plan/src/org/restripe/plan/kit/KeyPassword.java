package org.restripe.plan.kit;

import java.io.IOException;

/**
 * Hands {@link CenterKey} the password of the center's keystore when it is needed: the workbench from Eclipse
 * secure storage, the CLI from a prompt or an owner-only file. The core never keeps it; the array returned
 * is overwritten once the keystore is open.
 */
@FunctionalInterface
public interface KeyPassword {

	/**
	 * The keystore password, freshly allocated.
	 *
	 * @param creating true when the keystore is about to be made with this password (a prompt may ask twice)
	 * @throws IOException when it cannot be had (no terminal, a file readable by others); the message says why
	 */
	char[] password(boolean creating) throws IOException;
}
