package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's asciinema 2.2, the reader an engineer would use, prints what the array sent in a recording our
 * code made: the hash chain beside the file and the markers in it do not disturb it. asciinema cat insists
 * on a terminal (it opens /dev/tty), so it runs on a pseudo-terminal made by socat.
 */
@Timeout(90)
class AsciinemaReadsOurRecordingTest {
	@TempDir
	Path dir;

	@Test
	void asciinemaCatPrintsEveryByteTheArraySent() throws Exception {
		Path cast = dir.resolve("t3a.cast");
		Tap line;
		try (RecordedArray t3a = new RecordedArray(); SessionRecording recording = SessionRecording.start(cast, "t3a")) {
			line = new Tap(t3a.connect());
			try (ConsoleSession console = RecordedArray.login(line, recording)) {
				console.run("ver");
				recording.marker("step 1 of 1 (read the volumes)");
				console.run("vol list");
			}
		}
		assertTrue(Files.exists(SessionRecording.sidecarOf(cast)));
		String text = Files.readString(cast);
		assertTrue(text.contains(", \"m\", \"secret typed: "), "the secret's marker is there");
		assertTrue(text.contains(", \"m\", \"recording closed: "), "the closing marker is there");
		assertTrue(RecordingVerifier.verify(cast).intact());

		String printed = asciinemaCat(cast);
		String sent = new String(line.received(), StandardCharsets.ISO_8859_1);
		assertTrue(sent.contains("t3a console login: ") && sent.contains("t3a:/:<3>"), sent);
		assertEquals(sent, printed);
	}

	/** What {@code asciinema cat FILE} prints on a terminal. */
	private static String asciinemaCat(Path cast) throws Exception {
		ProcessBuilder socat = new ProcessBuilder("socat", "-u", "SYSTEM:exec asciinema cat $CAST,pty,setsid,ctty,stderr",
				"STDOUT");
		socat.environment().put("CAST", cast.toString());
		socat.environment().put("LC_ALL", "C.UTF-8");
		socat.environment().put("ASCIINEMA_CONFIG_HOME", cast.resolveSibling("asciinema-config").toString());
		socat.redirectErrorStream(true);
		socat.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		Process process = socat.start();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		process.getInputStream().transferTo(out);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "asciinema cat did not finish");
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), "socat/asciinema failed: " + printed);
		return printed;
	}
}
