package org.restripe.plan.kit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data directory's keys folder: DATA/keys, owner-only (0700) where the file system is POSIX, and files
 * written in one atomic step, owner-only (0600) from their first byte.
 */
final class KeyFiles {
	static final String FOLDER = "keys";

	private KeyFiles() {
	}

	static Path folder(Path dataDirectory) {
		return dataDirectory.resolve(FOLDER);
	}

	/** Writes (replacing) or, with replace false, creates the file; false when it already existed. */
	static boolean write(Path file, byte[] bytes, boolean replace) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir, ownerOnly(dir, "rwx------"));
		}
		Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", ownerOnly(dir, "rw-------"));
		try {
			Files.write(temp, bytes);
			if (replace) {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} else {
				// two workbenches creating the key at once: the first one wins, the second opens its key
				Files.move(temp, file);
			}
			return true;
		} catch (FileAlreadyExistsException e) {
			return false;
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path dir, String mode) {
		if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)) };
	}
}
