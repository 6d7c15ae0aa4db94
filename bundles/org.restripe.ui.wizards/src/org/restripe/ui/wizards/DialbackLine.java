package org.restripe.ui.wizards;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.ui.connect.ConnectionPreferences;

/**
 * What a dialback call needs beyond the center's modem: the number to dial and the dialback account whose
 * password the site's modem asks. Remembered per site beside the site's line (never the password, which is
 * asked through secure storage under the account's name).
 */
public record DialbackLine(String number, String account) {
	public static final String NUMBER_PREFIX = "dialNumber.";
	public static final String ACCOUNT_PREFIX = "dialAccount.";
	private static final String DIALLABLE = "0123456789+ ()-.,*#";

	/** The number and account remembered for the site, else the site file's modem number and no account. */
	public static DialbackLine remembered(String siteName, String siteFileNumber) {
		return new DialbackLine(preference(NUMBER_PREFIX + siteName).orElse(siteFileNumber == null ? "" : siteFileNumber),
				preference(ACCOUNT_PREFIX + siteName).orElse(""));
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
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
	}

	/** What is wrong with the number or the account, naming the field; empty when a call can be made. */
	public Optional<String> problem() {
		String n = number.strip();
		if (n.isEmpty()) {
			return Optional.of("Dial number: give the number of the site's dialback modem (e.g. +1 555 0100)");
		}
		if (n.chars().anyMatch(Character::isLetter)) {
			return Optional.of("Dial number: '" + n + "' holds letters; a modem dials only digits, spaces and + ( ) - . , * #");
		}
		for (char c : n.toCharArray()) {
			if (DIALLABLE.indexOf(c) < 0) {
				return Optional.of("Dial number: '" + c + "' in '" + n + "' cannot be dialled (only digits, spaces and "
						+ "+ ( ) - . , * #)");
			}
		}
		if (n.chars().noneMatch(Character::isDigit)) {
			return Optional.of("Dial number: '" + n + "' has no digits to dial");
		}
		String a = account.strip();
		if (a.isEmpty()) {
			return Optional.of("Dialback account: give the account at the site's modem whose password it asks");
		}
		if (a.contains("/")) {
			return Optional.of("Dialback account: '" + a + "' may not hold a slash");
		}
		return Optional.empty();
	}

	/** The dialback password as secure storage keeps it: one entry per account and number. */
	public Secret secret() {
		return new Secret(Secret.Kind.DIAL_ACCOUNT, "account " + account.strip() + " at " + number.strip());
	}

	/** {@code secrets}, asked for this account's password when the call asks for the dialback password. */
	public SecretSource forAccount(SecretSource secrets) {
		return secret -> secrets.secret(secret.kind() == Secret.Kind.DIAL_ACCOUNT ? secret() : secret);
	}
}
