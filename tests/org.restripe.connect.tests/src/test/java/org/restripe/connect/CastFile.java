package org.restripe.connect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A recording's lines as bytes, to tamper with them as someone with a text editor would, and the chain
 * rebuilt by the rule SessionRecording's javadoc states (written here again, not borrowed from the bundle).
 */
final class CastFile {
	private CastFile() {
	}

	/** The lines of {@code file}, each without its LF. */
	static List<byte[]> lines(Path file) throws IOException {
		byte[] all = Files.readAllBytes(file);
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < all.length; i++) {
			if (all[i] == '\n') {
				lines.add(Arrays.copyOfRange(all, start, i));
				start = i + 1;
			}
		}
		if (start < all.length) {
			lines.add(Arrays.copyOfRange(all, start, all.length));
		}
		return lines;
	}

	static List<String> text(Path file) throws IOException {
		return lines(file).stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList();
	}

	/** Writes {@code lines} to {@code file}, each ended by LF. */
	static void write(Path file, List<byte[]> lines) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] line : lines) {
			out.write(line);
			out.write('\n');
		}
		Files.write(file, out.toByteArray());
	}

	/** Rewrites the sidecar of {@code cast} for its present lines, as a forger who knows the format would. */
	static void rechain(Path cast) throws IOException {
		StringBuilder sidecar = new StringBuilder();
		byte[] previous = new byte[32];
		for (byte[] line : lines(cast)) {
			previous = sha256(previous, line);
			sidecar.append(HexFormat.of().formatHex(previous)).append('\n');
		}
		Files.writeString(SessionRecording.sidecarOf(cast), sidecar);
	}

	private static byte[] sha256(byte[] previous, byte[] line) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous);
			return digest.digest(line);
		} catch (NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}

	/** Copies a recording and its sidecar into {@code dir}; returns the copy of the recording. */
	static Path copy(Path cast, Path dir) throws IOException {
		Path copy = dir.resolve(cast.getFileName());
		Files.copy(cast, copy);
		Files.copy(SessionRecording.sidecarOf(cast), SessionRecording.sidecarOf(copy));
		return copy;
	}
}
