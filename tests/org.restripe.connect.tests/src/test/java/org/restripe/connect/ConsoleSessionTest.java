package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.CommandLine.PromptAnswer;
import org.restripe.model.samples.DemoSite;

/** Logging in to a simulated T3 over TCP and talking to it one command at a time. */
class ConsoleSessionTest {
	@TempDir
	Path recordings;

	@Test
	void aWrongPasswordIsReportedWithTheArraysAnswer() throws Exception {
		try (SimulatedArrays arrays = new SimulatedArrays(DemoSite.create());
				SessionRecording recording = SessionRecording.start(recordings.resolve("t3a.cast"), "t3a")) {
			ConsoleException refused = assertThrows(ConsoleException.class,
					() -> ConsoleSession.login(arrays.connect("t3a"), Restripe.T3.console(),
							new Credentials("root", "guess".toCharArray()), recording, Duration.ofSeconds(5)));
			assertTrue(refused.getMessage().contains("refused the login of user 'root'"), refused.getMessage());
			assertTrue(refused.getMessage().contains("Login incorrect"), refused.getMessage());
		}
	}

	@Test
	void repliesComeWithoutEchoOrPromptAndQuestionsAreAnswered() throws Exception {
		try (SimulatedArrays arrays = new SimulatedArrays(DemoSite.create());
				SessionRecording recording = SessionRecording.start(recordings.resolve("t3a.cast"), "t3a");
				ConsoleSession console = Restripe.login(arrays, "t3a", recording)) {
			assertEquals("t3a:/:<1>", console.prompt());
			String list = console.run("vol list");
			assertTrue(list.startsWith("volume "), list);
			assertTrue(list.contains("\nv0 "), list);
			assertEquals("t3a:/:<2>", console.prompt());
			console.run("vol unmount v0");
			// answered N: the array keeps the volume's data
			console.run(new CommandLine("vol init v0 data", java.util.List.of(new PromptAnswer("Continue ? [N]:", "N"))));
			assertTrue(console.run("vol stat").contains("unmounted"));
		}
		String cast = Files.readString(recordings.resolve("t3a.cast"));
		assertTrue(cast.contains("\"i\", \"vol init v0 data\\r\""), cast);
		assertTrue(cast.contains("\"i\", \"N\\r\""), cast);
	}
}
