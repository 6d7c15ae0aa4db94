package org.restripe.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.CommandLine.PromptAnswer;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.LoginStep;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The console reader's boundary fed whatever a noisy line or a strange firmware might send: the dialect's
 * prompt, question and refusal matching, and a console session's login and reply handling through a scripted
 * console. A plain test run replays the inputs under src/test/resources/org/restripe/connect/ConsoleFuzzTestInputs;
 * to fuzz one of them (at most its maxDuration; findings land in that folder, to be kept as regression inputs):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl target-platform,tests/org.restripe.connect.tests -am verify \
 *     -Dtest='ConsoleFuzzTest#theDialectReadsAnyConsoleText' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ConsoleFuzzTest {
	private static final ConsoleDialect T3 = Restripe.T3.console();
	private static final String PASSWORD = "Kestrel-41-quartz";
	private static final List<String> LOGIN = List.of("\r\nt3a console login: ", "Password: ", "\r\nt3a:/:<1>");
	private static Path dir;

	@BeforeAll
	static void makeRoom() throws IOException {
		dir = Files.createTempDirectory("console-fuzz");
	}

	@AfterAll
	static void clearUp() throws IOException {
		for (Path file : Files.list(dir).toList()) {
			Files.delete(file);
		}
		Files.delete(dir);
	}

	@FuzzTest(maxDuration = "3m")
	void theDialectReadsAnyConsoleText(byte[] bytes) {
		String received = new String(bytes, StandardCharsets.ISO_8859_1);
		Optional<String> prompt = T3.trailingPrompt(received);
		assertEquals(T3.endsWithPrompt(received), prompt.isPresent());
		prompt.ifPresent(p -> assertTrue(received.endsWith(p), p));
		Optional<LoginStep> question = T3.pendingQuestion(received);
		question.ifPresent(q -> assertTrue(Pattern.compile("(?:" + q.question() + ")[ \\t]*\\z").matcher(received).find()));
		T3.refusal(received).ifPresent(line -> assertTrue(received.contains(line), line));
		T3.loginRefusal(received).ifPresent(line -> assertTrue(received.replace("\r", "").contains(line), line));
	}

	/**
	 * After a login the fuzzer may also garble, the array answers a command with anything at all: the session
	 * returns a reply found in what it received, or fails with a ConsoleException; the recording stays intact
	 * and never holds the password as typed input.
	 */
	@FuzzTest(maxDuration = "3m")
	void aSessionTakesAnyReplyAndTheRecordingHolds(FuzzedDataProvider data) throws IOException {
		List<byte[]> chunks = new ArrayList<>();
		boolean garbledLogin = data.consumeBoolean();
		if (!garbledLogin) {
			LOGIN.forEach(s -> chunks.add(s.getBytes(StandardCharsets.ISO_8859_1)));
		}
		while (data.remainingBytes() > 0) {
			chunks.add(data.consumeBytes(data.consumeInt(1, 80)));
		}
		ScriptedConsole line = new ScriptedConsole(chunks);
		Path cast = dir.resolve("session.cast");
		try (SessionRecording recording = SessionRecording.start(cast, "fuzzed console")) {
			converse(line, recording);
		}
		RecordingCheck check = RecordingVerifier.verify(cast);
		assertTrue(check.intact(), check.message());
		for (String typed : typedInputs(cast)) {
			assertFalse(typed.contains(PASSWORD), "the password was recorded as typed: " + typed);
		}
	}

	private static void converse(ScriptedConsole line, SessionRecording recording) throws IOException {
		try (ConsoleSession console = ConsoleSession.login(line, T3,
				new Credentials("root", PASSWORD.toCharArray()), recording, Duration.ZERO)) {
			String reply = console.run(new CommandLine("vol init v0 data",
					List.of(new PromptAnswer("Continue ? [N]:", "N"))));
			String said = new String(line.said(), StandardCharsets.ISO_8859_1);
			assertTrue(said.replace("\r", "").contains(reply), "a reply the console did not send: " + reply);
			assertTrue(T3.endsWithPrompt(said), "a reply before the prompt came");
		} catch (ConsoleException e) {
			assertFalse(e.getMessage().isBlank());
		}
	}

	/** The data of every "i" event, read as asciinema reads them. */
	private static List<String> typedInputs(Path cast) throws IOException {
		List<String> typed = new ArrayList<>();
		for (String line : CastFile.text(cast)) {
			try {
				if (Json.parse(line) instanceof List<?> event && "i".equals(event.get(1))) {
					typed.add((String) event.get(2));
				}
			} catch (Json.Malformed e) {
				throw new AssertionError("the recorder wrote a line that is not JSON: " + line, e);
			}
		}
		return typed;
	}
}
