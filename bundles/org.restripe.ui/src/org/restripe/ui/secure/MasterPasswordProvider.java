package org.restripe.ui.secure;

import java.util.Arrays;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.restripe.ui.UiThread;

/**
 * The password provider of Eclipse secure storage in Restripe (extension point
 * org.eclipse.equinox.security.secureStorage): the target platform has none, and without one Equinox would keep
 * secrets in clear. For the workbench's storage ({@link RestripeSecureStorage}) it asks the engineer for a master
 * password in a dialog; Equinox keeps the answer for the rest of the workbench session. A storage given a
 * {@link IProviderHints#DEFAULT_PASSWORD} gets that; one opened otherwise, or with
 * {@link IProviderHints#PROMPT_USER} false (tests, headless runs), is never prompted and gets no password.
 */
public final class MasterPasswordProvider extends PasswordProvider {
	/** Wrong master passwords in a row before the storage gives up (Equinox itself would allow 20). */
	static final int TRIES = 5;

	private int wrongInARow;
	private boolean lastWasWrong;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		if (!mayPrompt(container)) {
			return defaultPassword(container);
		}
		boolean creating = (passwordType & CREATE_NEW_PASSWORD) != 0;
		boolean wrong;
		synchronized (this) {
			wrong = lastWasWrong;
			lastWasWrong = false;
			if (!wrong) {
				wrongInARow = 0;
			}
		}
		char[] typed = UiThread.ask(UiThread.display(),
				() -> MasterPasswordDialog.ask(UiThread.parentShell(), creating, wrong), null);
		if (typed == null) {
			return null;
		}
		try {
			return new PBEKeySpec(typed); // PBEKeySpec keeps its own copy
		} finally {
			Arrays.fill(typed, '\0');
		}
	}

	@Override
	public synchronized boolean retryOnError(Exception e, IPreferencesContainer container) {
		if (!mayPrompt(container) || ++wrongInARow >= TRIES) {
			wrongInARow = 0;
			return false;
		}
		lastWasWrong = true;
		return true;
	}

	/**
	 * A storage opened to ask the engineer is prompted; otherwise PROMPT_USER false is respected. Equinox sets
	 * PROMPT_USER false on every storage while it calls a provider without its own security UI bundle, so that
	 * hint alone cannot tell a caller's "never prompt" from the workbench's storage;
	 * {@link RestripeSecureStorage#ASK_ENGINEER} does.
	 */
	private static boolean mayPrompt(IPreferencesContainer container) {
		if (container == null || container.hasOption(IProviderHints.DEFAULT_PASSWORD)) {
			return false;
		}
		if (Boolean.TRUE.equals(container.getOption(RestripeSecureStorage.ASK_ENGINEER))) {
			return true;
		}
		return !Boolean.FALSE.equals(container.getOption(IProviderHints.PROMPT_USER));
	}

	private static PBEKeySpec defaultPassword(IPreferencesContainer container) {
		Object hint = container == null ? null : container.getOption(IProviderHints.DEFAULT_PASSWORD);
		return hint instanceof PBEKeySpec spec ? spec : null;
	}
}
