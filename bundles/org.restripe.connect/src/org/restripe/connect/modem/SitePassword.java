package org.restripe.connect.modem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;

/**
 * The dialback account's password, asked from the secret source at each {@code Password>} (the engineer may
 * have mistyped it). A password the site refused in this call is not typed again: it would only spend a try
 * and bring the account nearer its lockout. To know one again it keeps salted digests, in memory, for one call.
 */
final class SitePassword {
	/** The secret source could not hand the password (the engineer cancelled the prompt, the file is unsafe). */
	static final class Unavailable extends IOException {
		private static final long serialVersionUID = 1L;

		Unavailable(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final Secret secret;
	private final SecretSource source;
	private final byte[] salt = new byte[16];
	private final List<byte[]> refused = new ArrayList<>();
	private byte[] last;

	SitePassword(String siteNumber, SecretSource source) {
		this.secret = new Secret(Secret.Kind.DIAL_ACCOUNT, siteNumber);
		this.source = source;
		new SecureRandom().nextBytes(salt);
	}

	/**
	 * Types the password the source gives now.
	 *
	 * @return false, typing nothing, when the site already refused that password in this call
	 */
	boolean type(CenterModem modem) throws IOException {
		char[] password = ask();
		try {
			last = digest(password);
			if (refused.stream().anyMatch(r -> MessageDigest.isEqual(r, last))) {
				return false;
			}
			modem.typeSecret(password);
			return true;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private char[] ask() throws Unavailable {
		char[] password;
		try {
			password = source.secret(secret);
		} catch (IOException e) {
			throw new Unavailable("No " + secret.describe() + ": " + e.getMessage(), e);
		}
		if (password == null || password.length == 0) {
			throw new Unavailable("No " + secret.describe() + ": none was given", null);
		}
		return password;
	}

	/** The site asked again after the last password, or never called back after it. */
	void refused() {
		refused.add(last);
	}

	/** How many different passwords the site refused in this call. */
	int refusals() {
		return refused.size();
	}

	private byte[] digest(char[] password) {
		ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(bytes.duplicate());
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		} finally {
			if (bytes.hasArray()) {
				Arrays.fill(bytes.array(), (byte) 0);
			}
		}
	}
}
