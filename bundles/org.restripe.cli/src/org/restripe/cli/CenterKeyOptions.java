package org.restripe.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

import org.restripe.plan.kit.KeyPassword;

import picocli.CommandLine.Option;

/**
 * The password of the center's signing key (DATA/keys/center.p12): from {@code --key-password-file FILE}, which
 * must be readable by its owner only, else asked on the terminal.
 */
final class CenterKeyOptions {
	static final String PASSWORD_FILE = "key-password-file";

	@Option(names = "--" + PASSWORD_FILE, paramLabel = "FILE", description = "the password of this center's signing "
			+ "key on the first line of FILE, which must be readable by you only; else asked on the terminal")
	Path passwordFile;

	KeyPassword password() {
		if (passwordFile != null) {
			Path file = passwordFile;
			return creating -> fromFile(file);
		}
		Console console = System.console();
		return creating -> fromConsole(console, creating);
	}

	/** The file's first line; refused when group or others may read the file. */
	static char[] fromFile(Path file) throws IOException {
		try {
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
				if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
					throw new IOException(file + " is readable by group or others (mode "
							+ PosixFilePermissions.toString(mode) + "); make it yours only: chmod 600 " + file);
				}
			}
			byte[] bytes = Files.readAllBytes(file);
			CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
			Arrays.fill(bytes, (byte) 0);
			int end = 0;
			while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
				end++;
			}
			char[] password = Arrays.copyOf(chars.array(), end);
			Arrays.fill(chars.array(), '\0');
			return password;
		} catch (NoSuchFileException e) {
			throw new IOException(file + ": no such password file", e);
		}
	}

	static char[] fromConsole(Console console, boolean creating) throws IOException {
		if (console == null) {
			throw new IOException("there is no terminal to ask on; give --" + PASSWORD_FILE
					+ " FILE (a file only you can read)");
		}
		char[] password = console.readPassword(creating ? "New password for this center's signing key: "
				: "Password of this center's signing key: ");
		if (password == null || !creating) {
			return password;
		}
		char[] again = console.readPassword("The same password again: ");
		boolean same = Arrays.equals(password, again);
		if (again != null) {
			Arrays.fill(again, '\0');
		}
		if (!same) {
			Arrays.fill(password, '\0');
			throw new IOException("the two passwords differ");
		}
		return password;
	}
}
