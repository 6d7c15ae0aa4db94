package org.restripe.drivers.t3;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every fixture of device output says where its text came from: a public document and its section, or that
 * it is reconstructed and unverified. A reader can then tell a quoted screen from one of ours.
 */
class FixtureProvenanceTest {
	@Test
	void everyFixtureStartsWithItsSourceOrSaysItIsReconstructed() throws IOException, URISyntaxException {
		List<Path> fixtures = fixtures();
		assertTrue(fixtures.size() >= 20, "fixtures found: " + fixtures);
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
	void theHeaderNeverReachesTheParser() {
		String ver = Fixtures.text("6120-ver.txt");
		assertFalse(ver.contains("#"), ver);
		assertTrue(ver.startsWith("6120 Release 3.1.0 "), ver);
	}

	private static List<Path> fixtures() throws IOException, URISyntaxException {
		Path dir = Path.of(FixtureProvenanceTest.class.getResource("/t3-output/README.md").toURI()).getParent();
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}
}
