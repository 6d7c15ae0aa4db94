package org.restripe.ui.wizards;

import java.util.Optional;

import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.ui.connect.DialbackAccount;

/**
 * What a dialback call needs beyond the center's modem: the number to dial and the dialback account whose
 * password the site's modem asks. Remembered per site beside the site's line (never the password, which is
 * asked through secure storage under the account's name).
 */
public record DialbackLine(String number, String account) {
	public static final String NUMBER_PREFIX = DialbackAccount.NUMBER_PREFIX;
	public static final String ACCOUNT_PREFIX = DialbackAccount.ACCOUNT_PREFIX;
	private static final String DIALLABLE = "0123456789+ ()-.,*#";

	/** The number and account remembered for the site, else the site file's modem number and no account. */
	public static DialbackLine remembered(String siteName, String siteFileNumber) {
		DialbackAccount remembered = DialbackAccount.remembered(siteName, siteFileNumber);
		return new DialbackLine(remembered.number(), remembered.account());
	}

	public void remember(String siteName) {
		dialbackAccount().remember(siteName);
	}

	/** The account as every dialback call of the workbench names it. */
	public DialbackAccount dialbackAccount() {
		return new DialbackAccount(number, account);
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
		return dialbackAccount().secret();
	}

	/** {@code secrets}, asked for this account's password when the call asks for the dialback password. */
	public SecretSource forAccount(SecretSource secrets) {
		return dialbackAccount().forAccount(secrets);
	}
}
