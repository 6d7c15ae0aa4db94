package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording of a real session on the simulated t3a, edited afterwards as someone covering their tracks
 * would: every edit is found, and the finding names the line.
 */
@Timeout(60)
class RecordingVerifierTest {
	@TempDir
	static Path original;
	private static Path recorded;

	@TempDir
	Path dir;
	private Path cast;
	private List<byte[]> lines;
	private int closing;

	@BeforeAll
	static void recordASession() throws Exception {
		try (RecordedArray t3a = new RecordedArray()) {
			recorded = t3a.recordSession(original.resolve("t3a.cast"));
		}
	}

	@BeforeEach
	void copyTheRecording() throws Exception {
		cast = CastFile.copy(recorded, dir);
		lines = new ArrayList<>(CastFile.lines(cast));
		closing = lines.size();
		assertTrue(closing > 20, "a session long enough to edit: " + closing + " lines");
	}

	@Test
	void theUneditedRecordingIsIntact() {
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
		assertEquals(closing, check.lines());
	}

	@Test
	void aChangedLineIsNamed() throws Exception {
		String line = new String(lines.get(11), StandardCharsets.UTF_8);
		// still the same JSON to any reader; one blank more before the closing bracket
		lines.set(11, (line.substring(0, line.length() - 1) + " ]").getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		assertFound(12, "line 12 was changed");
	}

	@Test
	void aRemovedLineIsNamed() throws Exception {
		lines.remove(6);
		CastFile.write(cast, lines);
		assertFound(7, "line 7 was removed");
	}

	@Test
	void severalRemovedLinesAreNamed() throws Exception {
		lines.subList(6, 9).clear();
		CastFile.write(cast, lines);
		assertFound(7, "lines 7 to 9 were removed");
	}

	@Test
	void reorderedLinesAreNamed() throws Exception {
		Collections.swap(lines, 4, 8);
		CastFile.write(cast, lines);
		assertFound(5, "line 5 is what was line 9: lines were reordered");
	}

	@Test
	void anAddedLineIsNamed() throws Exception {
		lines.add(9, "[0.5, \"i\", \"vol remove v0\\r\"]".getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		assertFound(10, "line 10 was added: the sidecar has no hash for it, and the lines after it were moved down");
	}

	@Test
	void aCutOffRecordingIsFoundByItsSidecar() throws Exception {
		CastFile.write(cast, lines.subList(0, 15));
		assertFound(15, "the recording ends after line 15 but its sidecar holds hashes of " + closing
				+ " lines: lines 16 to " + closing + " were cut off");
	}

	@Test
	void aRecordingCutOffWithItsSidecarLacksTheClosingLine() throws Exception {
		CastFile.write(cast, lines.subList(0, 15));
		List<String> hashes = Files.readAllLines(SessionRecording.sidecarOf(cast));
		Files.write(SessionRecording.sidecarOf(cast), hashes.subList(0, 15));
		assertFound(15, "the recording ends after line 15 without its closing line: it was cut off there (the session"
				+ " stopped before closing it, or its end was removed)");
	}

	@Test
	void linesRemovedBeforeTheClosingLineAreNamed() throws Exception {
		lines.subList(15, closing - 1).clear();
		CastFile.write(cast, lines);
		assertFound(16, "lines 16 to " + (closing - 1) + " were removed");
	}

	@Test
	void aForgerWhoRebuildsTheSidecarIsCaughtByTheClosingCount() throws Exception {
		lines.subList(15, closing - 1).clear();
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		assertFound(16, "the recording ends after line 15 but was closed at " + (closing - 1) + " lines");
	}

	@Test
	void aForgerWhoRebuildsTheSidecarIsCaughtByTheClosingHead() throws Exception {
		String line = new String(lines.get(3), StandardCharsets.UTF_8);
		lines.set(3, (line.substring(0, line.indexOf(',')) + ", \"o\", \"nothing happened\"]").getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertFalse(check.intact());
		assertEquals(closing, check.line());
		assertTrue(check.finding().startsWith("the closing line names chain head "), check.finding());
		assertTrue(check.finding().contains(" but line " + (closing - 1) + " hashes to "), check.finding());
	}

	@Test
	void aLineAddedAfterTheClosingLineIsNamed() throws Exception {
		lines.add("[999.0, \"i\", \"vol remove v0\\r\"]".getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		assertFound(closing + 1, "line " + (closing + 1) + " was added after the closing line " + closing);
	}

	@Test
	void anEditedSidecarIsFound() throws Exception {
		List<String> hashes = new ArrayList<>(Files.readAllLines(SessionRecording.sidecarOf(cast)));
		hashes.set(7, "0".repeat(64));
		Files.write(SessionRecording.sidecarOf(cast), hashes);
		assertFound(8, "line 8 does not match its hash in the sidecar: the line, or the sidecar, was changed");
	}

	@Test
	void aMissingSidecarIsNamed() throws Exception {
		Files.delete(SessionRecording.sidecarOf(cast));
		assertFound(0, "its sidecar t3a.cast.sha256 is missing: without the chain of line hashes the recording cannot"
				+ " show it was not edited");
		assertEquals("t3a.cast does not verify: its sidecar t3a.cast.sha256 is missing: without the chain of line"
				+ " hashes the recording cannot show it was not edited", RecordingVerifier.verify(cast).message());
	}

	@Test
	void aMissingRecordingIsNamed() {
		RecordingCheck check = RecordingVerifier.verify(dir.resolve("t3b.cast"));
		assertFalse(check.intact());
		assertEquals("there is no file " + dir.resolve("t3b.cast"), check.finding());
	}

	@Test
	void aFileWithoutLineEndAtItsEndWasCutOff() throws Exception {
		byte[] all = Files.readAllBytes(cast);
		Files.write(cast, java.util.Arrays.copyOf(all, all.length - 1));
		assertFound(closing, "line " + closing + " has no line end: the file was cut off in it");
	}

	@Test
	void binaryJunkGetsAFindingNotAnException() throws Exception {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		Files.write(cast, junk);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertFalse(check.intact());
		assertTrue(check.finding().matches("line \\d+ (was changed|does not match its hash in the sidecar.*)"),
				check.finding());
		CastFile.rechain(cast);
		assertFound(1, "line 1 is not UTF-8 text");
		Files.write(SessionRecording.sidecarOf(cast), junk);
		check = RecordingVerifier.verify(cast);
		assertEquals(0, check.line());
		assertTrue(check.finding().startsWith("line 1 of the sidecar t3a.cast.sha256 is not a SHA-256 hash")
				|| check.finding().startsWith("the sidecar t3a.cast.sha256 is not one: line "), check.finding());
	}

	@Test
	void malformedJsonGetsAFindingNamingTheLine() throws Exception {
		lines.set(5, "[0.1, \"o\", \"unclosed]".getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		assertFound(6, "line 6 is not JSON: Unexpected end-of-input: was expecting closing quote for a string value at"
				+ " column 22");
		lines.set(5, ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		assertFound(6, "line 6 is not JSON: nested deeper than 64 levels at column 66");
		lines.set(5, "[0.1, \"o\", \"four\", \"elements\"]".getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		assertFound(6, "line 6 is not an asciicast event [seconds, code, data]");
		lines.set(0, "{\"version\": 1, \"width\": 80, \"height\": 24}".getBytes(StandardCharsets.UTF_8));
		CastFile.write(cast, lines);
		CastFile.rechain(cast);
		assertFound(1, "line 1 is not an asciicast v2 header: its version is 1");
	}

	@Test
	void anEmptyFileHasNoHeader() throws Exception {
		Files.write(cast, new byte[0]);
		assertFound(1, "the file is empty: it has no asciicast header");
	}

	private void assertFound(int line, String finding) {
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertFalse(check.intact(), check.message());
		assertEquals(finding, check.finding());
		assertEquals(line, check.line(), check.finding());
		assertEquals("t3a.cast does not verify: " + finding, check.message());
	}
}
