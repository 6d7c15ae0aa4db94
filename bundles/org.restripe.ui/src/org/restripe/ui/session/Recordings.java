package org.restripe.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where the workbench records its sessions: DATA/recordings/DATE-TIME-WHAT-SITE.cast, as the CLI does. */
public final class Recordings {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private Recordings() {
	}

	public static Path newFile(Path dataDirectory, String what, String siteName) throws IOException {
		Path dir = dataDirectory.resolve("recordings");
		Files.createDirectories(dir);
		String site = siteName.replaceAll("[^A-Za-z0-9._-]", "_");
		return dir.resolve(LocalDateTime.now().format(STAMP) + "-" + what + "-" + site + ".cast");
	}
}
