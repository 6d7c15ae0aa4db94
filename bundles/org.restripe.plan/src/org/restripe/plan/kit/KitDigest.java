package org.restripe.plan.kit;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
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
				if (entry.getName().equals(Kit.MANIFEST)) {
					return sha256(zip.readAllBytes());
				}
			}
		} catch (ZipException | EOFException e) {
			// falls through to the same words as a zip without a manifest
		}
		throw new IOException(kitFile + ": not a kit, or a damaged one (no " + Kit.MANIFEST + ")");
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
