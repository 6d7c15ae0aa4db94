package org.restripe.model.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The site reader handed any file at all: it loads a site or answers with a {@link SiteFileException} that
 * names the problem, never another exception. A plain test run replays the inputs under
 * src/test/resources/org/restripe/model/tests/SiteFileFuzzTestInputs (a small valid site, and each input
 * that once made the reader throw); {@code JAZZER_FUZZ=1} fuzzes.
 */
class SiteFileFuzzTest {
	private static Path dir;

	@BeforeAll
	static void makeDirectory() throws IOException {
		dir = Files.createTempDirectory("site-fuzz");
	}

	@AfterAll
	static void clearUp() throws IOException {
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(dir);
	}

	@FuzzTest(maxDuration = "2m")
	void anyFileLoadsOrIsRefusedWithTheReason(FuzzedDataProvider data) throws IOException {
		Path file = dir.resolve("any.restripe");
		Files.write(file, data.consumeRemainingAsBytes());
		try {
			SiteFiles.load(file);
		} catch (SiteFileException refused) {
			if (refused.getMessage() == null || !refused.getMessage().contains("any.restripe")) {
				throw new AssertionError("a refusal that does not name the file: " + refused.getMessage(), refused);
			}
		}
	}
}
