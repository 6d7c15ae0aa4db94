package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings are read and written through Jackson now; one written by the hand-written writer before it
 * (resources written-before-jackson/, see its README) still verifies and reads event by event.
 */
class RecordingWrittenBeforeJacksonTest {
	@TempDir
	Path dir;

	private Path copyOfOldRecording() throws IOException {
		Path cast = dir.resolve("t3a.cast");
		for (String name : List.of("t3a.cast", "t3a.cast.sha256")) {
			try (InputStream in = getClass().getResourceAsStream("written-before-jackson/" + name)) {
				Files.copy(in, dir.resolve(name));
			}
		}
		return cast;
	}

	@Test
	void aRecordingWrittenBeforeJacksonStillVerifies() throws Exception {
		RecordingCheck check = RecordingVerifier.verify(copyOfOldRecording());
		assertTrue(check.intact(), check.message());
		assertEquals(7, check.lines());
		assertEquals(5, check.events());
	}

	@Test
	void itsLinesReadBackToWhatWasRecorded() throws Exception {
		List<String> lines = Files.readAllLines(copyOfOldRecording(), StandardCharsets.UTF_8);
		Map<?, ?> header = (Map<?, ?>) Json.parse(lines.get(0));
		assertEquals("t3a: request 7 \"quoted\" caf\u00e9", header.get("title"));
		assertEquals(80.0, header.get("width"));
		List<?> screen = (List<?>) Json.parse(lines.get(3));
		assertEquals("o", screen.get(1));
		assertEquals("vol\r\n\u001b[2J\b\f\u009b\u00e9\\\"/\t", screen.get(2));
	}

	@Test
	void jacksonWritesEveryLineAsTheOldWriterWroteIt() throws Exception {
		List<String> lines = Files.readAllLines(copyOfOldRecording(), StandardCharsets.UTF_8);
		assertEquals(lines.get(0), SessionRecording.header(1796145597L, "t3a: request 7 \"quoted\" caf\u00e9"));
		assertEquals(lines.get(1), SessionRecording.eventLine(53_186_000L, "o", "t3a:/:<1>"));
		assertEquals(lines.get(2), SessionRecording.eventLine(59_475_000L, "i", "vol list\r"));
		byte[] screen = { 'v', 'o', 'l', '\r', '\n', 0x1b, '[', '2', 'J', 0x08, 0x0c, (byte) 0x9b, (byte) 0xe9, '\\', '"',
				'/', '\t' };
		assertEquals(lines.get(3), SessionRecording.eventLine(59_721_000L, "o",
				new String(screen, StandardCharsets.ISO_8859_1)));
	}

	@Test
	void terminalControlsAreEscapedSoTheFileCannotDriveATerminal() {
		String line = SessionRecording.eventLine(0, "o", "\u001b[2J\u009b1m\u007f\ud800!");
		assertEquals("[0.000000, \"o\", \"\\u001b[2J\\u009b1m\\u007f\\ud800!\"]", line);
		assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
	}

	@Test
	void malformedLinesAreRefusedWithWhereAndWhy() {
		Json.Malformed unclosed = assertThrows(Json.Malformed.class, () -> Json.parse("[0.1, \"o\", \"unclosed]"));
		assertEquals("Unexpected end-of-input: was expecting closing quote for a string value at column 22",
				unclosed.getMessage());
		Json.Malformed trailing = assertThrows(Json.Malformed.class, () -> Json.parse("[0.1, \"o\", \"x\"] 7"));
		assertTrue(trailing.getMessage().contains("Trailing token"), trailing.getMessage());
		Json.Malformed deep = assertThrows(Json.Malformed.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
		assertTrue(deep.getMessage().startsWith("nested deeper than 64 levels at column "), deep.getMessage());
		Json.Malformed control = assertThrows(Json.Malformed.class, () -> Json.parse("\"a\u001bb\""));
		assertTrue(control.getMessage().chars().noneMatch(c -> c < 0x20), control.getMessage());
	}
}
