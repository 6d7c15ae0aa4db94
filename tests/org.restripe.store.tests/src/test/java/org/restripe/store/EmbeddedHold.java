package org.restripe.store;

import java.nio.file.Path;

/** Opens the embedded database in the data directory given and holds it until its standard input ends. */
public final class EmbeddedHold {
	public static void main(String[] args) throws Exception {
		try (RestripeDatabase db = RestripeDatabase.openEmbedded(Path.of(args[0]))) {
			System.out.println("open");
			System.out.flush();
			while (System.in.read() >= 0) {
				// held open until the test closes our input
			}
		}
	}
}
