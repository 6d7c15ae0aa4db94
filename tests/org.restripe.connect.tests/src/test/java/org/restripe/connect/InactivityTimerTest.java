package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A console line on the simulated t3a under the inactivity timer, with short limits so tests end soon. */
@Timeout(90)
class InactivityTimerTest {
	/** Far beyond any idle limit here: the array's end of the line must have closed long before. */
	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	@Test
	void aLineLeftAloneIsDroppedAndTheRecordingSaysWhy() throws Exception {
		Path cast = dir.resolve("t3a.cast");
		try (RecordedArray t3a = new RecordedArray(); SessionRecording recording = SessionRecording.start(cast, "t3a")) {
			Tap tap = new Tap(t3a.connect());
			InactivityTimer line = new InactivityTimer(tap, recording, Duration.ofSeconds(2));
			try (ConsoleSession console = RecordedArray.login(line, recording)) {
				assertTrue(console.run("vol list").contains("v0"));
				// nobody reads or writes now, as while an engineer ponders a confirmation
				assertTrue(t3a.sessionEndedWithin(PATIENCE), "the timer closed the line: " + t3a.log());
				assertTrue(line.dropped());
				LineIdleException idle = assertThrows(LineIdleException.class, () -> console.run("vol stat"));
				assertTrue(idle.getMessage().startsWith("The line tcp 127.0.0.1:"), idle.getMessage());
				assertTrue(idle.getMessage().endsWith(" was dropped by the inactivity timer: no byte went either way for 2 s"),
						idle.getMessage());
				assertEquals(Duration.ofSeconds(2), idle.idleLimit());
				assertFalse(new String(tap.sent(), StandardCharsets.ISO_8859_1).contains("vol stat"),
						"nothing goes out on a dropped line");
			}
		}
		String text = Files.readString(cast);
		assertTrue(text.contains(", \"m\", \"line idle for 2 s: dropped by the inactivity timer\"]"), text);
		// the recording shows the drop, then what the center tried to type on the dead line
		assertTrue(text.indexOf("line idle for 2 s") < text.indexOf("\"i\", \"vol stat\\r\""), text);
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
	}

	@Test
	void aLineInUseIsNotDropped() throws Exception {
		Duration limit = Duration.ofSeconds(3);
		try (RecordedArray t3a = new RecordedArray();
				SessionRecording recording = SessionRecording.start(dir.resolve("busy.cast"), "t3a")) {
			InactivityTimer line = new InactivityTimer(t3a.connect(), recording, limit);
			try (ConsoleSession console = RecordedArray.login(line, recording)) {
				long end = System.nanoTime() + 2 * limit.toNanos();
				int commands = 0;
				while (System.nanoTime() < end) {
					assertTrue(console.run("vol list").contains("v0"));
					commands++;
					Thread.sleep(200);
				}
				assertFalse(line.dropped(), "dropped after " + commands + " commands");
				assertTrue(console.run("ver").contains("Sun Microsystems"));
			}
		}
	}

	@Test
	void aLineTheFarEndDropsIsNotTakenForAnIdleOne() throws Exception {
		try (SessionRecording recording = SessionRecording.start(dir.resolve("lost.cast"), "t3a")) {
			ConsoleSession console;
			RecordedArray t3a = new RecordedArray();
			InactivityTimer line = new InactivityTimer(t3a.connect(), recording, Duration.ofMinutes(5));
			console = RecordedArray.login(line, recording);
			t3a.close();
			assertTrue(t3a.sessionEndedWithin(PATIENCE));
			IOException lost = assertThrows(IOException.class, () -> console.run("vol list"));
			assertFalse(lost instanceof LineIdleException, lost.toString());
			assertFalse(line.dropped());
			console.close();
		}
	}

	@Test
	void theDefaultLimitIsTenMinutesAndMarkersSpeakInTheLimitsUnit() throws Exception {
		try (RecordedArray t3a = new RecordedArray();
				SessionRecording recording = SessionRecording.start(dir.resolve("default.cast"), "t3a");
				InactivityTimer line = new InactivityTimer(t3a.connect(), recording)) {
			assertEquals(Duration.ofMinutes(10), line.idleLimit());
		}
		assertEquals("10 min", InactivityTimer.spoken(Duration.ofMinutes(10)));
		assertEquals("90 s", InactivityTimer.spoken(Duration.ofSeconds(90)));
		assertEquals("1500 ms", InactivityTimer.spoken(Duration.ofMillis(1500)));
		try (RecordedArray t3a = new RecordedArray(); TcpTransport tcp = t3a.connect();
				SessionRecording recording = SessionRecording.start(dir.resolve("never.cast"), "t3a")) {
			IllegalArgumentException never = assertThrows(IllegalArgumentException.class,
					() -> new InactivityTimer(tcp, recording, Duration.ZERO));
			assertEquals("The idle limit must be longer than zero, not PT0S", never.getMessage());
		}
	}
}
