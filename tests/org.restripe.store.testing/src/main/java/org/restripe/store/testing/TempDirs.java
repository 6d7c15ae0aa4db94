package org.restripe.store.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary folders of the test servers, deleted at the end of the run. */
final class TempDirs {
	private TempDirs() {
	}

	static void delete(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is no reason to fail a test run
		}
	}
}
