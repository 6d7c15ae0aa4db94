package org.restripe.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;

/**
 * The CLI's secrets: asked on the terminal (never echoed), or read from a password file that only its owner
 * may read, with lines {@code dialback=...}, {@code array=...} (every array) and {@code array.NAME=...} (one
 * array). Nothing is kept beyond the command; nothing is written.
 */
final class CliSecrets implements SecretSource, AutoCloseable {
	private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

	private final Path file;
	private final Map<String, char[]> entries = new HashMap<>();
	private final Map<Secret, char[]> asked = new HashMap<>();

	private CliSecrets(Path file) {
		this.file = file;
	}

	/** Secrets from {@code passwordFile}, or from the terminal when it is null. */
	static CliSecrets from(Path passwordFile) throws IOException {
		CliSecrets secrets = new CliSecrets(passwordFile);
		if (passwordFile != null) {
			secrets.read();
		}
		return secrets;
	}

	private void read() throws IOException {
		Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
		if (mode.stream().anyMatch(OTHERS::contains)) {
			throw new IOException(file + " can be read or written by others (mode "
					+ PosixFilePermissions.toString(mode) + "); a password file must be yours alone: chmod 600 " + file);
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new IOException(file + " line " + (i + 1) + " must read NAME=PASSWORD (dialback, array or array.NAME)");
			}
			entries.put(line.substring(0, eq).strip(), line.substring(eq + 1).toCharArray());
		}
	}

	@Override
	public char[] secret(Secret secret) throws IOException {
		return file == null ? ask(secret) : fromFile(secret);
	}

	private char[] fromFile(Secret secret) throws IOException {
		List<String> keys = switch (secret.kind()) {
		case DIAL_ACCOUNT -> List.of("dialback");
		case ARRAY_LOGIN -> List.of("array." + secret.target(), "array");
		case HOST_LOGIN -> List.of("host");
		};
		for (String key : keys) {
			char[] value = entries.get(key);
			if (value != null) {
				return value.clone();
			}
		}
		throw new IOException(file + " holds no " + String.join(" or ", keys) + " line for the " + secret.describe());
	}

	private char[] ask(Secret secret) throws IOException {
		char[] known = asked.get(secret);
		if (known != null) {
			return known.clone();
		}
		Console console = System.console();
		if (console == null) {
			throw new IOException("the " + secret.describe() + " is needed: run on a terminal to be asked, or give "
					+ "--password-file FILE (readable by you only)");
		}
		char[] typed = console.readPassword("%s: ", secret.describe());
		if (typed == null) {
			throw new IOException("no " + secret.describe() + " given");
		}
		asked.put(secret, typed.clone());
		return typed;
	}

	@Override
	public void close() {
		entries.values().forEach(v -> Arrays.fill(v, '\0'));
		asked.values().forEach(v -> Arrays.fill(v, '\0'));
	}
}
