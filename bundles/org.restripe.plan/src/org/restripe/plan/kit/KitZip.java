package org.restripe.plan.kit;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A kit's zip as it is written: a temporary file beside the kit, renamed onto it once complete, deleted if
 * not. Buffered (the deflater hands over 512 bytes at a time, a system call each) and deflated at the fastest
 * level (the design's XMI is most of a large kit and deflating it hard took longer than planning).
 */
final class KitZip implements AutoCloseable {
	private final Path file;
	private final Path temp;
	private final ZipOutputStream zip;
	private boolean committed;

	private KitZip(Path file, Path temp, ZipOutputStream zip) {
		this.file = file;
		this.temp = temp;
		this.zip = zip;
	}

	static KitZip create(Path file) throws IOException {
		Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
		try {
			ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
			zip.setLevel(Deflater.BEST_SPEED);
			return new KitZip(file, temp, zip);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	void put(String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	/** What a part's writer puts into the zip as it makes the part. */
	interface PartWriter {
		void write(OutputStream out) throws IOException, KitException;
	}

	/**
	 * A part written straight into the zip, hashed on the way: the part is never held whole (a million-LUN
	 * design is 239 MB of XMI). Returns its SHA-256, lower-case hex.
	 */
	String putHashed(String name, PartWriter writer) throws IOException, KitException {
		zip.putNextEntry(new ZipEntry(name));
		// hashed on a thread of its own; the writer's small writes gathered first; the entry stays open
		HashOnTheSide hashed = new HashOnTheSide(new FilterOutputStream(zip) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		});
		String sha256;
		try {
			OutputStream part = new BufferedOutputStream(hashed, 1 << 16);
			writer.write(part);
			part.flush();
			sha256 = hashed.finish();
		} finally {
			hashed.abandon();
		}
		zip.closeEntry();
		return sha256;
	}

	/** Completes the zip and puts it in the kit's place, atomically. */
	void commit() throws IOException {
		zip.close();
		Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		committed = true;
	}

	/** Unless committed: the half-written zip is deleted, the kit's place left as it was. */
	@Override
	public void close() throws IOException {
		if (!committed) {
			try {
				zip.close();
			} catch (IOException e) {
				// the temporary file goes either way
			}
			Files.deleteIfExists(temp);
		}
	}

}
