package org.restripe.simulator.modem;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Dial security accounts as on the USRobotics Courier: {@code AT%An=password,enabled,dialback,allowNewNumber,
 * number}. A caller must give the password of an enabled account; a dialback account is then called back at
 * its stored number (never at a number the caller names unless allowNewNumber is set).
 * <p>
 * Lockout: the Courier's manual documents three tries a call and then a hang-up, but no lockout. Restripe's
 * site modem goes one step further, as the center's security rules ask: a call that spends all three tries
 * on wrong passwords locks dial security, and while it is locked every password is refused (the caller
 * still sees {@code Password>}, so a guesser learns nothing) until the site unlocks it.
 */
public final class DialSecurity {
	/** One account; {@code number} is where the modem calls back. */
	public record Account(int slot, String password, boolean enabled, boolean dialback, boolean allowNewNumber,
			String number) {
	}

	private final Map<Integer, Account> accounts = new ConcurrentSkipListMap<>();
	private volatile boolean locked;

	/** Parses and stores an account in the modem's own syntax, e.g. {@code 0=secret,1,1,0,5550199}. */
	public Account define(String courierSyntax) {
		String[] slotAndFields = courierSyntax.split("=", 2);
		if (slotAndFields.length != 2) {
			throw new IllegalArgumentException("Expected n=password,enabled,dialback,allowNewNumber,number: " + courierSyntax);
		}
		String[] f = slotAndFields[1].split(",", -1);
		if (f.length != 5 || f[0].isEmpty()) {
			throw new IllegalArgumentException("Expected five fields after '=': " + courierSyntax);
		}
		Account account = new Account(Integer.parseInt(slotAndFields[0].trim()), f[0], flag(f[1]), flag(f[2]), flag(f[3]),
				f[4].trim());
		accounts.put(account.slot(), account);
		return account;
	}

	private static boolean flag(String field) {
		return "1".equals(field.trim());
	}

	/** The enabled account with this password; none while dial security is locked. */
	public Optional<Account> check(String password) {
		if (locked) {
			return Optional.empty();
		}
		return accounts.values().stream().filter(a -> a.enabled() && a.password().equals(password)).findFirst();
	}

	/** After three wrong passwords in one call: every password is refused until {@link #unlock()}. */
	public void lock() {
		locked = true;
	}

	/** The site's administrator lets callers in again. */
	public void unlock() {
		locked = false;
	}

	public boolean isLocked() {
		return locked;
	}

	public boolean isEmpty() {
		return accounts.isEmpty();
	}
}
