package org.restripe.plan.kit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * A solutions center's public key as it travels between workbenches, one text line:
 * {@code restripe-center-key ed25519 <base64 X.509 SubjectPublicKeyInfo> <center name>}. People compare
 * {@link #fingerprint()} (as OpenSSH shows keys: {@code SHA256:} and the unpadded base64 of the key's digest)
 * before they trust a key. Two lines with the same key are the same center, whatever name they carry.
 */
public final class CenterPublicKey {
	public static final String PREFIX = "restripe-center-key";
	public static final String ALGORITHM = "ed25519";

	private final String name;
	private final PublicKey key;
	private final byte[] encoded;

	CenterPublicKey(String name, PublicKey key) {
		this.name = name;
		this.key = key;
		this.encoded = key.getEncoded();
	}

	/** Reads an exported line; refused with the reason when it is not one. */
	public static CenterPublicKey parse(String line) throws KitException {
		String text = line == null ? "" : line.strip();
		if (text.isEmpty()) {
			throw new KitException("the key line is empty");
		}
		String[] f = text.split(" +", 4);
		if (!f[0].equals(PREFIX)) {
			throw new KitException("not a center key line: it must start with '" + PREFIX + "', not '" + cut(f[0]) + "'");
		}
		if (f.length < 2 || !f[1].equals(ALGORITHM)) {
			throw new KitException("the key algorithm is " + (f.length < 2 ? "missing" : "'" + cut(f[1]) + "'")
					+ "; center keys are " + ALGORITHM);
		}
		if (f.length < 3) {
			throw new KitException("the key line holds no key after '" + ALGORITHM + "'");
		}
		PublicKey key = decode(f[2]);
		if (f.length < 4 || f[3].isBlank()) {
			throw new KitException("the key line names no center after the key");
		}
		return new CenterPublicKey(checkedName(f[3]), key);
	}

	/** A center name fit for a key line and a certificate: one line of printable text. */
	static String checkedName(String name) throws KitException {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new KitException("the center's name is empty");
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw new KitException("the center's name holds a control character (a line break or tab)");
		}
		return stripped;
	}

	private static PublicKey decode(String base64) throws KitException {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		} catch (IllegalArgumentException e) {
			throw new KitException("the key is not valid base64 (" + e.getMessage() + ")", e);
		}
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(bytes));
			if (!(key instanceof EdECPublicKey ed) || !"Ed25519".equalsIgnoreCase(ed.getParams().getName())
					|| !Arrays.equals(key.getEncoded(), bytes)) {
				throw new KitException("the key is not an Ed25519 public key in X.509 SubjectPublicKeyInfo form");
			}
			return key;
		} catch (GeneralSecurityException | RuntimeException e) {
			throw new KitException("the key is not an Ed25519 public key in X.509 SubjectPublicKeyInfo form", e);
		}
	}

	private static String cut(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "..." : s;
	}

	public String name() {
		return name;
	}

	public PublicKey key() {
		return key;
	}

	/** The exported line, for another workbench's trusted keys. */
	public String line() {
		return PREFIX + " " + ALGORITHM + " " + Base64.getEncoder().encodeToString(encoded) + " " + name;
	}

	/** {@code SHA256:} and the unpadded base64 SHA-256 of the encoded key, for people to compare. */
	public String fingerprint() {
		try {
			return "SHA256:" + Base64.getEncoder().withoutPadding()
					.encodeToString(MessageDigest.getInstance("SHA-256").digest(encoded));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	public boolean sameKey(CenterPublicKey other) {
		return Arrays.equals(encoded, other.encoded);
	}

	/** "name (fingerprint)", as shown to people. */
	@Override
	public String toString() {
		return name + " (" + fingerprint() + ")";
	}
}
