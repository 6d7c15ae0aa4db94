package org.restripe.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** What someone with a zip tool can do to a kit file: read its parts, change them and zip them again. */
final class KitZips {
	private KitZips() {
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

	/** Every entry name in zip order, a name twice if it is there twice. */
	static List<String> names(Path kit) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(kit))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

	/** A copy of the kit with its parts changed by the given edit. */
	static Path altered(Path kit, String name, Consumer<Map<String, byte[]>> edit) throws IOException {
		Map<String, byte[]> parts = parts(kit);
		edit.accept(parts);
		Path altered = kit.resolveSibling(name);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				out.putNextEntry(new ZipEntry(part.getKey()));
				out.write(part.getValue());
				out.closeEntry();
			}
		}
		return altered;
	}

	static String text(Map<String, byte[]> parts, String name) {
		return new String(parts.get(name), StandardCharsets.UTF_8);
	}

	static void put(Map<String, byte[]> parts, String name, String text) {
		parts.put(name, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The manifest made to match a changed part again, as a forger would: the same line with the new hash. */
	static void recomputeManifest(Map<String, byte[]> parts, String changedPart) {
		String manifest = text(parts, "manifest.txt");
		StringBuilder out = new StringBuilder();
		for (String line : manifest.split("\n")) {
			out.append(line.endsWith("  " + changedPart) ? sha256(parts.get(changedPart)) + "  " + changedPart : line)
					.append('\n');
		}
		put(parts, "manifest.txt", out.toString());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
