package org.restripe.monitor.poll;

import java.io.IOException;

/**
 * Hands the poller a v3 passphrase when it first needs it (the CLI from a prompt, the workbench from secure
 * storage). The poller turns it into the agent's localized key at once and overwrites the array; the
 * passphrase is never kept, written or logged.
 */
@FunctionalInterface
public interface PassphraseSource {

	enum Kind {
		AUTHENTICATION, PRIVACY
	}

	/**
	 * A freshly allocated passphrase for {@code user} at {@code target}; the poller clears it after use.
	 *
	 * @throws IOException when it cannot be had; the message says why
	 */
	char[] passphrase(String target, String user, Kind kind) throws IOException;
}
