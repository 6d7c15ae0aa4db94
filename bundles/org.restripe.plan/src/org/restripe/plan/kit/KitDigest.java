package org.restripe.plan.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The SHA-256 of a kit's manifest.txt: the one figure that names a kit's whole content (the manifest holds the
 * SHA-256 of every other part), to read out, compare, or file a kit under in the desk's database.
 */
public final class KitDigest {
	private KitDigest() {
	}

	/** The kit file's manifest digest; a file that is no kit (no manifest.txt) is an error naming it. */
	public static String of(Path kitFile) throws IOException {
		try (InputStream in = Files.newInputStream(kitFile); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().equals("manifest.txt")) {
					return sha256(zip.readAllBytes());
				}
			}
		}
		throw new IOException(kitFile.getFileName() + " is not a kit: it has no manifest.txt");
	}

	/** Lower-case hexadecimal SHA-256 of the bytes. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
