package org.restripe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** What a forger with a zip tool does to a kit: change a part and make the manifest match it again. */
final class KitTampering {
	private KitTampering() {
	}

	static Map<String, byte[]> parts(Path kit) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(kit))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		return parts;
	}

	static Path write(Map<String, byte[]> parts, Path kit) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kit))) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				out.write(part.getValue());
				out.closeEntry();
			}
		}
		return kit;
	}

	static void recomputeManifest(Map<String, byte[]> parts, String changedPart) throws NoSuchAlgorithmException {
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(parts.get(changedPart)));
		StringBuilder manifest = new StringBuilder();
		for (String line : new String(parts.get("manifest.txt"), StandardCharsets.UTF_8).split("\n")) {
			manifest.append(line.endsWith("  " + changedPart) ? hash + "  " + changedPart : line).append('\n');
		}
		parts.put("manifest.txt", manifest.toString().getBytes(StandardCharsets.UTF_8));
	}
}
