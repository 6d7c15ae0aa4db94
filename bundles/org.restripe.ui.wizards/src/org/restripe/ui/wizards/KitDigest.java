package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.restripe.plan.kit.Kit;

/** The SHA-256 of a kit's manifest.txt: the one figure that names a kit's whole content, to read out or compare. */
public final class KitDigest {
	private KitDigest() {
	}

	public static String manifestSha256(Path kit) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(kit))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(Kit.MANIFEST)) {
					return sha256(zip.readAllBytes());
				}
			}
		}
		throw new IOException(kit + " holds no " + Kit.MANIFEST);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
