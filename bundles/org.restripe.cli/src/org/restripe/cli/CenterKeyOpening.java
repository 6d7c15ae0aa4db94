package org.restripe.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.KeyPassword;
import org.restripe.plan.kit.KitException;

/**
 * The center's signing key being opened on a daemon thread of its own: the key store's password derivation
 * takes a few hundred milliseconds in a fresh JVM, and needs nothing the plan computes. A failure (a wrong
 * password, a damaged key store) is reported when the key is needed, as if it had been opened then.
 */
final class CenterKeyOpening {
	private final CompletableFuture<CenterKey> key = new CompletableFuture<>();

	private CenterKeyOpening() {
	}

	static CenterKeyOpening start(Path dataDirectory, KeyPassword password) {
		CenterKeyOpening opening = new CenterKeyOpening();
		Thread thread = new Thread(() -> {
			try {
				opening.key.complete(CenterKey.open(dataDirectory, password));
			} catch (KitException | RuntimeException e) {
				opening.key.completeExceptionally(e);
			}
		}, "restripe center key");
		thread.setDaemon(true);
		thread.start();
		return opening;
	}

	/** The opened key, or the reason it could not be opened. */
	CenterKey join() throws KitException {
		try {
			return key.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof KitException refused) {
				throw refused;
			}
			if (e.getCause() instanceof RuntimeException failed) {
				throw failed;
			}
			throw e;
		}
	}
}
