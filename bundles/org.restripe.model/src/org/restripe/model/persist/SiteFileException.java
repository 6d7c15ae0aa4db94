package org.restripe.model.persist;

import java.nio.file.Path;

/**
 * A site file could not be read or written. The message always names the file and says what is wrong
 * with it, because the engineer has to decide whether to restore the .bak copy or ask the customer.
 */
public class SiteFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public SiteFileException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	public SiteFileException(Path file, String problem) {
		this(file, problem, null);
	}

	/** The file that could not be read or written. */
	public Path getFile() {
		return file;
	}
}
