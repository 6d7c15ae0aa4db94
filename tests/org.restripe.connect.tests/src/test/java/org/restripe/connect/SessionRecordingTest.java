package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A console session on the simulated t3a, recorded as asciicast v2 with its hash chain beside it. */
@Timeout(60)
class SessionRecordingTest {
	private static final Pattern EVENT = Pattern.compile("\\[\\d+\\.\\d{6}, \"[oim]\", \"(?:[^\"\\\\]|\\\\.)*+\"\\]");
	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	@TempDir
	Path dir;

	@Test
	void aRecordedConsoleSessionVerifiesWithItsEventsAndLength() throws Exception {
		Path cast;
		try (RecordedArray t3a = new RecordedArray()) {
			cast = t3a.recordSession(dir.resolve("t3a.cast"));
		}
		List<String> lines = CastFile.text(cast);
		List<String> hashes = Files.readAllLines(SessionRecording.sidecarOf(cast));
		assertTrue(lines.get(0).startsWith("{\"version\": 2, \"width\": 80, \"height\": 24, \"timestamp\": "), lines.get(0));
		assertTrue(lines.get(0).endsWith(", \"title\": \"t3a: read-only session\"}"), lines.get(0));
		for (String event : lines.subList(1, lines.size())) {
			assertTrue(EVENT.matcher(event).matches(), "not a 3-element asciicast event: " + event);
		}
		assertEquals(lines.size(), hashes.size(), "one hash per line");
		hashes.forEach(h -> assertTrue(HASH.matcher(h).matches(), h));
		String closing = lines.get(lines.size() - 1);
		assertTrue(closing.endsWith(", \"m\", \"recording closed: " + (lines.size() - 1) + " lines, chain head "
				+ hashes.get(hashes.size() - 2) + "\"]"), closing);

		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
		assertEquals(lines.size(), check.lines());
		assertEquals(lines.size() - 2, check.events());
		assertEquals(hashes.get(hashes.size() - 1), check.head());
		assertTrue(check.message().startsWith("t3a.cast is intact: " + (lines.size() - 2) + " events over "),
				check.message());
		String all = String.join("\n", lines);
		assertTrue(all.contains("\"i\", \"vol list\\r\""), "what was typed is recorded");
		assertTrue(all.contains("t3a:/:<5>"), "what the array printed is recorded");
	}

	@Test
	void thePasswordIsNeverWrittenToTheRecordingOrItsSidecar() throws Exception {
		Path cast;
		try (RecordedArray t3a = new RecordedArray()) {
			cast = t3a.recordSession(dir.resolve("t3a.cast"));
		}
		byte[] password = RecordedArray.PASSWORD.getBytes(StandardCharsets.US_ASCII);
		assertEquals(-1, indexOf(Files.readAllBytes(cast), password), "password in the recording");
		assertEquals(-1, indexOf(Files.readAllBytes(SessionRecording.sidecarOf(cast)), password), "in the sidecar");
		String text = Files.readString(cast);
		assertTrue(text.contains(", \"m\", \"secret typed: console password of user 'root' on tcp 127.0.0.1:"), text);
		assertTrue(RecordingVerifier.verify(cast).intact());
	}

	@Test
	void aReaderAndAWriterRecordingAtOnceLoseNoEventAndKeepTheChain() throws Exception {
		Path cast = dir.resolve("busy.cast");
		int each = 400;
		try (SessionRecording recording = SessionRecording.start(cast, "two threads")) {
			CountDownLatch go = new CountDownLatch(1);
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Thread reader = recordingThread(go, failure, i -> recording.output(("out " + i + "\r\n").getBytes()), each);
			Thread writer = recordingThread(go, failure, i -> recording.input("in " + i + "\r"), each);
			go.countDown();
			reader.join();
			writer.join();
			assertEquals(null, failure.get());
		}
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
		assertEquals(2 * each, check.events());
		String text = Files.readString(cast);
		for (String kind : List.of("out ", "in ")) {
			int at = 0;
			for (int i = 0; i < each; i++) {
				int next = text.indexOf("\"" + kind + i + "\\r", at);
				assertTrue(next > at, kind + i + " missing or out of order");
				at = next;
			}
		}
	}

	private interface Recorder {
		void record(int i) throws Exception;
	}

	private static Thread recordingThread(CountDownLatch go, AtomicReference<Throwable> failure, Recorder recorder,
			int count) {
		Thread thread = new Thread(() -> {
			try {
				go.await();
				for (int i = 0; i < count; i++) {
					recorder.record(i);
				}
			} catch (Throwable t) {
				failure.compareAndSet(null, t);
			}
		});
		thread.start();
		return thread;
	}

	/**
	 * The sidecar is a pipe whose reader goes away after the header's hash, so the recording's next write
	 * fails for real (EPIPE): the login stops before anything is typed to the array.
	 */
	@Test
	void aRecordingThatCannotBeWrittenStopsTheSessionBeforeAnythingIsTyped() throws Exception {
		Path cast = dir.resolve("t3a.cast");
		Path sidecar = SessionRecording.sidecarOf(cast);
		assertEquals(0, new ProcessBuilder("mkfifo", sidecar.toString()).inheritIO().start().waitFor());
		AtomicReference<String> headerHash = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(Files.newInputStream(sidecar), StandardCharsets.US_ASCII))) {
				headerHash.set(in.readLine());
			} catch (Exception e) {
				headerHash.set("failed: " + e);
			}
		});
		reader.start();
		try (RecordedArray t3a = new RecordedArray();
				SessionRecording recording = SessionRecording.start(cast, "t3a: doomed")) {
			reader.join();
			assertTrue(HASH.matcher(String.valueOf(headerHash.get())).matches(), headerHash.get());
			Tap line = new Tap(t3a.connect());
			RecordingFailedException failed = assertThrows(RecordingFailedException.class,
					() -> RecordedArray.login(line, recording));
			line.close();
			assertTrue(failed.getMessage().contains(cast.toString()), failed.getMessage());
			assertTrue(failed.getMessage().contains("the session stops"), failed.getMessage());
			assertEquals(0, line.sent().length, "nothing may be typed once the recording fails");
			RecordingFailedException again = assertThrows(RecordingFailedException.class, () -> recording.input("ver\r"));
			assertTrue(again.getMessage().contains("failed earlier"), again.getMessage());
		}
	}

	@Test
	void aClosedRecordingTakesNoMoreAndNoMarkerPosesAsItsEnd() throws Exception {
		Path cast = dir.resolve("closed.cast");
		SessionRecording recording = SessionRecording.start(cast, "short");
		assertThrows(IllegalArgumentException.class, () -> recording.marker("recording closed: 1 lines, chain head 00"));
		recording.marker("dialled +1 555 0100");
		recording.close();
		RecordingFailedException late = assertThrows(RecordingFailedException.class, () -> recording.output(new byte[] { 'x' }));
		assertTrue(late.getMessage().contains("is closed"), late.getMessage());
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
		assertEquals(1, check.events());
	}

	@Test
	void everyEventIsOnDiskBeforeTheRecordingIsClosed() throws Exception {
		Path cast = dir.resolve("open.cast");
		try (SessionRecording recording = SessionRecording.start(cast, "still running")) {
			recording.output("t3a:/:<1>".getBytes(StandardCharsets.ISO_8859_1));
			recording.input("vol list\r");
			// what a crash at this moment would leave behind
			RecordingCheck now = RecordingVerifier.verify(cast);
			assertFalse(now.intact());
			assertEquals("the recording ends after line 3 without its closing line: it was cut off there (the session"
					+ " stopped before closing it, or its end was removed)", now.finding());
			assertEquals(3, recording.lines());
			assertEquals(List.of("vol list\\r"), inputs(cast));
		}
		assertTrue(RecordingVerifier.verify(cast).intact());
	}

	@Test
	void bytesTheArraySentAreKeptOneCharacterEachEvenLineNoise() throws Exception {
		Path cast = dir.resolve("noise.cast");
		try (SessionRecording recording = SessionRecording.start(cast, "noise")) {
			recording.output(new byte[] { 't', (byte) 0xE9, 0x1B, (byte) 0x9B, (byte) 0xFF, '"', '\\' });
		}
		assertTrue(Files.readString(cast).contains(", \"o\", \"t\u00e9\\u001b\\u009b\u00ff\\\"\\\\\"]"),
				Files.readString(cast));
		assertTrue(RecordingVerifier.verify(cast).intact());
	}

	private static List<String> inputs(Path cast) throws Exception {
		List<String> typed = new ArrayList<>();
		for (String line : CastFile.text(cast)) {
			int at = line.indexOf(", \"i\", \"");
			if (at > 0) {
				typed.add(line.substring(at + 8, line.length() - 2));
			}
		}
		return typed;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
