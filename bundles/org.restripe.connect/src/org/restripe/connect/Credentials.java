package org.restripe.connect;

import java.util.Arrays;

/**
 * The user and password a console asks for. The workbench fills it from secure storage or asks the
 * engineer; the password is typed to the array and never written to a session recording.
 */
public final class Credentials {
	private final String user;
	private final char[] password;

	public Credentials(String user, char[] password) {
		this.user = user;
		this.password = password.clone();
	}

	public String user() {
		return user;
	}

	char[] password() {
		return password.clone();
	}

	/** Overwrites the password in memory once the session no longer needs it. */
	public void forget() {
		Arrays.fill(password, '\0');
	}
}
