package org.restripe.ui.connect;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.model.Site;

/**
 * A site's dialback account as every dialback call of the workbench uses it (the Connect wizard, Connect, Run
 * Kit): the number to dial and the account at the site's modem, remembered per site (preferences
 * {@code dialNumber.SITE}, {@code dialAccount.SITE}; never the password), and the one secure-storage entry its
 * password is kept under, so a password remembered by one is found by the others.
 */
public record DialbackAccount(String number, String account) {
	public static final String NUMBER_PREFIX = "dialNumber.";
	public static final String ACCOUNT_PREFIX = "dialAccount.";

	/** The number and account remembered for the site, else the site file's modem number and no account. */
	public static DialbackAccount remembered(String siteName, String siteFileNumber) {
		return new DialbackAccount(
				preference(NUMBER_PREFIX + siteName).orElse(siteFileNumber == null ? "" : siteFileNumber.strip()),
				preference(ACCOUNT_PREFIX + siteName).orElse(""));
	}

	/** As {@link #remembered(String, String)} for the site's own name and modem number. */
	public static DialbackAccount of(Site site) {
		return remembered(site.getName(), site.getModem() == null ? null : site.getModem().getNumber());
	}

	public void remember(String siteName) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ConnectionPreferences.NODE);
		node.put(NUMBER_PREFIX + siteName, number.strip());
		node.put(ACCOUNT_PREFIX + siteName, account.strip());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the next flush writes it
		}
	}

	private static Optional<String> preference(String key) {
		String value = Platform.getPreferencesService().getString(ConnectionPreferences.NODE, key, null, null);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/**
	 * The secret the account's password is kept under: "account ACCOUNT at NUMBER", or the number alone when no
	 * account was ever given (as the site's modem asks it).
	 */
	public Secret secret() {
		String a = account.strip();
		return new Secret(Secret.Kind.DIAL_ACCOUNT, a.isEmpty() ? number.strip() : "account " + a + " at " + number.strip());
	}

	/** {@code secrets}, asked for this account's password whenever a call asks for the dialback password. */
	public SecretSource forAccount(SecretSource secrets) {
		return secret -> secrets.secret(secret.kind() == Secret.Kind.DIAL_ACCOUNT ? secret() : secret);
	}

	/** The site as the call sees it: its modem's number is this number (the site itself when it has no modem). */
	public Site dialled(Site site) {
		if (site.getModem() == null || number.isBlank() || number.strip().equals(site.getModem().getNumber())) {
			return site;
		}
		Site copy = EcoreUtil.copy(site);
		copy.getModem().setNumber(number.strip());
		return copy;
	}
}
