package org.restripe.store;

import java.nio.file.Path;

/** Opens and closes the embedded database in the data directory given, as a freshly started program does. */
public final class EmbeddedOpen {
	public static void main(String[] args) throws Exception {
		RestripeDatabase.openEmbedded(Path.of(args[0])).close();
	}
}
