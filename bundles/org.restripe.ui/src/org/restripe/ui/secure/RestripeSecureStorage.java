package org.restripe.ui.secure;

import java.io.IOException;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;

/**
 * The workbench's secure storage: Eclipse's default one (its usual file, or -eclipse.keyring), opened with the
 * hint that lets {@link MasterPasswordProvider} ask the engineer. Equinox itself tells every password provider
 * "do not prompt" (PROMPT_USER false) whenever its own security UI bundle is absent, as it is here; this hint
 * says that Restripe is that UI.
 */
public final class RestripeSecureStorage {
	/** Option of a storage whose master password may be asked of the engineer in a dialog. */
	public static final String ASK_ENGINEER = "org.restripe.ui.secure.askEngineer";

	private static ISecurePreferences workbench;

	private RestripeSecureStorage() {
	}

	/** The default secure storage, asking for the master password once per workbench session. */
	public static synchronized ISecurePreferences workbench() throws IOException {
		if (workbench == null) {
			workbench = SecurePreferencesFactory.open(null, Map.of(ASK_ENGINEER, Boolean.TRUE));
		}
		return workbench;
	}
}
