package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The verifier handed any file at all: it answers with a finding, never an exception, and no edit of a
 * closed recording gets past it. A plain test run replays the inputs under
 * src/test/resources/org/restripe/connect/RecordingVerifierFuzzTestInputs; JAZZER_FUZZ=1 fuzzes, as
 * {@link ConsoleFuzzTest} shows.
 */
class RecordingVerifierFuzzTest {
	private static Path dir;
	private static byte[] recording;
	private static byte[] sidecar;

	@BeforeAll
	static void recordASession() throws IOException {
		dir = Files.createTempDirectory("verifier-fuzz");
		Path cast = dir.resolve("made.cast");
		try (SessionRecording r = SessionRecording.start(cast, "t3a: \"quoted\" title")) {
			r.output("\r\nt3a console login: ".getBytes(StandardCharsets.ISO_8859_1));
			r.input("root\r");
			r.output("Password: ".getBytes(StandardCharsets.ISO_8859_1));
			r.secret("console password of array t3a");
			r.output(new byte[] { '\r', '\n', 0x1B, '[', 'm', (byte) 0xE9, (byte) 0x85, '\\', '"', 't', '3', 'a', ':',
					'/', ':', '<', '1', '>' });
			r.input("vol list\r");
			r.marker("step 1 of 1");
		}
		recording = Files.readAllBytes(cast);
		sidecar = Files.readAllBytes(SessionRecording.sidecarOf(cast));
	}

	@AfterAll
	static void clearUp() throws IOException {
		for (Path file : Files.list(dir).toList()) {
			Files.delete(file);
		}
		Files.delete(dir);
	}

	/** Any bytes, with a sidecar rebuilt to match them, so that only their form is left to judge. */
	@FuzzTest(maxDuration = "3m")
	void anyFileWithAMatchingSidecarGetsAVerdict(byte[] bytes) throws IOException {
		Path cast = dir.resolve("any.cast");
		Files.write(cast, bytes);
		CastFile.rechain(cast);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertSound(check);
		if (check.intact()) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertTrue(text.endsWith("\n") && text.contains("\"m\"") && text.contains(SessionRecording.CLOSING),
					"intact without a closing line");
		}
	}

	/** A recording of ours with any sidecar at all beside it. */
	@FuzzTest(maxDuration = "3m")
	void anySidecarGetsAVerdict(byte[] bytes) throws IOException {
		Path cast = dir.resolve("ours.cast");
		Files.write(cast, recording);
		Files.write(SessionRecording.sidecarOf(cast), bytes);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertSound(check);
		assertEquals(Arrays.equals(bytes, sidecar), check.intact(), check.message());
	}

	/** Bytes set, cut out, put in and lines swapped in a closed recording: found unless nothing changed. */
	@FuzzTest(maxDuration = "3m")
	void noEditOfARecordingGoesUnnoticed(FuzzedDataProvider data) throws IOException {
		byte[] edited = recording;
		for (int edits = data.consumeInt(1, 4); edits > 0 && data.remainingBytes() > 0; edits--) {
			edited = edit(edited, data);
		}
		Path cast = dir.resolve("edited.cast");
		Files.write(cast, edited);
		Files.write(SessionRecording.sidecarOf(cast), sidecar);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertSound(check);
		assertEquals(Arrays.equals(edited, recording), check.intact(), check.message());
	}

	private static byte[] edit(byte[] bytes, FuzzedDataProvider data) {
		int at = data.consumeInt(0, bytes.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(bytes, 0, at);
		switch (data.consumeInt(0, 2)) {
		case 0 -> {
			out.write(data.consumeByte());
			at = Math.min(at + 1, bytes.length);
		}
		case 1 -> at = Math.min(bytes.length, at + data.consumeInt(1, 200));
		default -> out.writeBytes(data.consumeBytes(data.consumeInt(1, 40)));
		}
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private static void assertSound(RecordingCheck check) {
		assertFalse(check.message().isBlank());
		if (!check.intact()) {
			assertFalse(check.finding().isBlank());
			assertTrue(check.line() >= 0, check.message());
			assertTrue(check.message().startsWith(check.recording() + " does not verify: "), check.message());
		}
	}
}
