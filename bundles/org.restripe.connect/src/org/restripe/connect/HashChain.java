package org.restripe.connect;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The running SHA-256 chain over the lines of a session recording: {@code h(0)} is 32 zero bytes and
 * {@code h(k) = SHA-256(h(k-1) || line k)}, the line's UTF-8 bytes without its line end. Each hash depends on
 * every line before it, so a changed, removed or moved line breaks the chain from that line on.
 */
final class HashChain {
	static final int SIZE = 32;
	private static final HexFormat HEX = HexFormat.of();

	private HashChain() {
	}

	static byte[] origin() {
		return new byte[SIZE];
	}

	static byte[] next(byte[] previous, byte[] line) {
		MessageDigest sha256 = sha256();
		sha256.update(previous);
		sha256.update(line);
		return sha256.digest();
	}

	static String hex(byte[] hash) {
		return HEX.formatHex(hash);
	}

	/** The hash written as 64 lowercase hex digits, or null when {@code text} is not one. */
	static byte[] parse(CharSequence text) {
		if (text.length() != 2 * SIZE) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return null;
			}
		}
		return HEX.parseHex(text);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			// every Java platform must provide SHA-256 (MessageDigest's contract)
			throw new IllegalStateException("this Java runtime lacks SHA-256", e);
		}
	}
}
