package org.restripe.plan.kit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * manifest.txt: a format line, the SHA-256 of the array configuration the plan starts from and of the one
 * it leads to, then {@code sha256  part} for every other part of the kit.
 */
public final class KitManifest {
	static final String FORMAT = "restripe-kit 1";

	private final Map<String, String> partHashes;
	private final String currentConfiguration;
	private final String desiredConfiguration;

	private KitManifest(Map<String, String> partHashes, String currentConfiguration, String desiredConfiguration) {
		this.partHashes = partHashes;
		this.currentConfiguration = currentConfiguration;
		this.desiredConfiguration = desiredConfiguration;
	}

	static KitManifest of(Map<String, byte[]> parts, String current, String desired) {
		Map<String, String> hashes = new LinkedHashMap<>();
		parts.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
		return new KitManifest(hashes, current, desired);
	}

	/** The manifest of parts already hashed (part name to SHA-256, in the kit's order). */
	static KitManifest ofHashes(Map<String, String> hashes, String current, String desired) {
		return new KitManifest(new LinkedHashMap<>(hashes), current, desired);
	}

	static KitManifest parse(String text) throws KitException {
		String[] lines = text.split("\n");
		if (lines.length < 3 || !lines[0].equals("format " + FORMAT) || !lines[1].startsWith("current-configuration ")
				|| !lines[2].startsWith("desired-configuration ")) {
			throw new KitException("manifest.txt is not a " + FORMAT + " manifest");
		}
		Map<String, String> hashes = new LinkedHashMap<>();
		for (int i = 3; i < lines.length; i++) {
			String[] f = lines[i].split("  ", 2);
			if (f.length != 2 || f[0].length() != 64) {
				throw new KitException("manifest.txt line " + (i + 1) + " is damaged: '" + lines[i] + "'");
			}
			hashes.put(f[1], f[0]);
		}
		return new KitManifest(hashes, lines[1].substring(22).strip(), lines[2].substring(22).strip());
	}

	String text() {
		StringBuilder out = new StringBuilder("format " + FORMAT + "\n");
		out.append("current-configuration ").append(currentConfiguration).append('\n');
		out.append("desired-configuration ").append(desiredConfiguration).append('\n');
		partHashes.forEach((name, hash) -> out.append(hash).append("  ").append(name).append('\n'));
		return out.toString();
	}

	/** Every listed part present with its hash, and no part the manifest does not list. */
	void verify(Map<String, byte[]> parts) throws KitException {
		for (Map.Entry<String, String> e : partHashes.entrySet()) {
			byte[] bytes = parts.get(e.getKey());
			if (bytes == null) {
				throw new KitException("the kit lacks " + e.getKey() + ", which its manifest lists");
			}
			if (!sha256(bytes).equals(e.getValue())) {
				throw new KitException(e.getKey() + " was altered after the kit was made (SHA-256 mismatch)");
			}
		}
		for (String name : parts.keySet()) {
			if (!name.equals(Kit.MANIFEST) && !name.equals(Kit.SIGNATURE) && !partHashes.containsKey(name)) {
				throw new KitException("the kit holds " + name + ", which its manifest does not list");
			}
		}
	}

	public String currentConfiguration() {
		return currentConfiguration;
	}

	public String desiredConfiguration() {
		return desiredConfiguration;
	}

	public Map<String, String> partHashes() {
		return Map.copyOf(partHashes);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

}
