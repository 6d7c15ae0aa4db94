package org.restripe.model.persist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that, whatever happens (exception, full disk, kill -9, power loss), the path holds
 * either the complete old content or the complete new content, and the old content is kept as .bak.
 */
public final class AtomicFiles {

	/** Writes the new content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	public static final String BACKUP_SUFFIX = ".bak";
	public static final String TEMP_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Writes the content to a temp file in the same directory (a rename is only atomic within one file
	 * system), forces it to disk, keeps the current file as .bak and renames the temp file over it.
	 */
	public static void replace(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path dir = target.getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
		boolean done = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			if (Files.exists(target)) {
				keepBackup(target);
			}
			moveAtomically(temp, target);
			done = true;
			forceDirectory(dir);
		} finally {
			if (!done) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * The .bak is made as a hard link to the current file and swapped in by rename, so at no moment is
	 * the current file missing; where hard links are not supported it is copied instead.
	 */
	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Path link = target.resolveSibling("." + target.getFileName() + ".bak" + TEMP_SUFFIX);
		Files.deleteIfExists(link);
		try {
			Files.createLink(link, target);
		} catch (UnsupportedOperationException | IOException e) {
			// Some file systems (FAT, some network shares) refuse hard links: a copy does the same job.
			Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
		}
		moveAtomically(link, backup);
	}

	private static void moveAtomically(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("The file system of " + to.getParent()
					+ " cannot rename atomically, so the site cannot be saved safely there", e);
		}
	}

	/**
	 * Makes the rename itself durable. Windows cannot open a directory as a channel; NTFS journals the
	 * rename itself, so there is nothing to force there.
	 */
	private static void forceDirectory(Path dir) throws IOException {
		if (System.getProperty("os.name", "").startsWith("Windows")) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}
}
