package org.restripe.drivers.ds8000;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every DS CLI fixture says where its text came from, or that it is reconstructed and unverified. */
class FixtureProvenanceTest {
	@Test
	void everyFixtureStartsWithItsSourceOrSaysItIsReconstructed() throws IOException, URISyntaxException {
		Path dir = Path.of(FixtureProvenanceTest.class.getResource("/ds8000-output/README.md").toURI()).getParent();
		List<Path> fixtures;
		try (Stream<Path> files = Files.list(dir)) {
			fixtures = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		assertTrue(fixtures.size() >= 15, "fixtures found: " + fixtures);
		for (Path fixture : fixtures) {
			String first = Files.readAllLines(fixture).get(0);
			assertTrue(first.startsWith("# source: ") || first.startsWith("# reconstructed, unverified: "),
					fixture.getFileName() + " starts with '" + first + "'");
			if (first.startsWith("# source: ")) {
				assertTrue(first.matches("# source: .*\\d.*, .*: .*\\."), fixture.getFileName()
						+ " names the document (with its number) and the section: " + first);
			}
		}
	}

	@Test
	void everyVerifiedSpellingNamesItsSource() {
		for (DsCliSpelling spelling : DsCliSpelling.values()) {
			if (spelling.verified()) {
				assertTrue(spelling.source().length() > 20, spelling + " names its source: " + spelling.source());
			}
		}
		org.junit.jupiter.api.Assertions.assertFalse(DsCliSpelling.MKCKDVOL.verified(), "mkckdvol's full syntax awaits IBM's page");
	}
}
