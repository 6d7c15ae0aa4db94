package org.restripe.connect;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.restripe.drivers.api.CommandLine;
import org.restripe.drivers.api.CommandLine.PromptAnswer;
import org.restripe.drivers.api.ConsoleDialect;
import org.restripe.drivers.api.ConsoleDialect.LoginStep;

/**
 * A logged-in console of one array: types command lines, answers the questions they ask and returns what
 * the array printed up to its next prompt. Every byte in either direction goes to the session recording
 * (the password excepted) before it is acted on. One command at a time: a console is a single line.
 */
public final class ConsoleSession implements AutoCloseable {
	/** Silence after which an idle serial console is nudged with Return to show its login question. */
	private static final Duration NUDGE_AFTER = Duration.ofMillis(800);
	private static final Duration POLL = Duration.ofMillis(100);
	private static final int MAX_NUDGES = 5;

	private final Transport transport;
	private final ConsoleDialect dialect;
	private final SessionRecording recording;
	private final Duration replyTimeout;
	private final RecordedLine line;
	private final StringBuilder received;
	private String prompt = "";

	private ConsoleSession(Transport transport, ConsoleDialect dialect, SessionRecording recording,
			Duration replyTimeout) {
		this.transport = transport;
		this.dialect = dialect;
		this.recording = recording;
		this.line = new RecordedLine(transport, recording);
		this.received = line.received();
		this.replyTimeout = replyTimeout;
	}

	/**
	 * Logs in on {@code transport} and waits for the first prompt; a console left logged in is used as it
	 * is. {@code replyTimeout} bounds every wait for the array to say something.
	 */
	public static ConsoleSession login(Transport transport, ConsoleDialect dialect, Credentials credentials,
			SessionRecording recording, Duration replyTimeout) throws IOException {
		ConsoleSession session = new ConsoleSession(transport, dialect, recording, replyTimeout);
		session.logIn(credentials);
		return session;
	}

	private void logIn(Credentials credentials) throws IOException {
		long deadline = System.nanoTime() + replyTimeout.toNanos();
		long lastByte = System.nanoTime();
		int nudges = 0;
		boolean answered = false;
		while (!dialect.endsWithPrompt(received)) {
			String refusal = dialect.loginRefusal(received).orElse(null);
			if (refusal != null) {
				throw new LoginRefusedException(transport.describe() + " refused the login of user '" + credentials.user()
						+ "': " + refusal);
			}
			LoginStep question = dialect.pendingQuestion(received).orElse(null);
			if (question != null) {
				answer(question, credentials);
				answered = true;
				deadline = System.nanoTime() + replyTimeout.toNanos();
			} else if (!answered && System.nanoTime() - lastByte > NUDGE_AFTER.toNanos() && nudges < MAX_NUDGES) {
				// only a console that has not asked anything yet is nudged: once it asked, a Return would be taken
				// for the next answer (an empty password) by a console that is merely slow
				nudges++;
				lastByte = System.nanoTime();
				type(dialect.lineEnd());
			}
			if (receive(POLL)) {
				lastByte = System.nanoTime();
			} else if (System.nanoTime() > deadline) {
				throw new ConsoleException("No login prompt or command prompt from " + transport.describe() + " within "
						+ replyTimeout.toSeconds() + " s; last received: '" + lastLine(received) + "'");
			}
		}
		prompt = dialect.trailingPrompt(received).orElse("");
		received.setLength(0);
	}

	private void answer(LoginStep question, Credentials credentials) throws IOException {
		received.setLength(0);
		if (question.answer() == ConsoleDialect.Credential.USER) {
			type(credentials.user() + dialect.lineEnd());
			return;
		}
		char[] password = credentials.password();
		try {
			// the recording shows that a password was typed, never the password itself; recorded first, so a
			// recording that fails stops the login before the password goes out
			recording.secret("console password of user '" + credentials.user() + "' on " + transport.describe());
			byte[] bytes = StandardCharsets.ISO_8859_1.encode(CharBuffer.wrap(password)).array();
			transport.write(java.util.Arrays.copyOf(bytes, password.length));
			java.util.Arrays.fill(bytes, (byte) 0);
			type(dialect.lineEnd());
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	/** Types a command that asks nothing and returns its output. */
	public String run(String command) throws IOException {
		return run(CommandLine.of(command));
	}

	/**
	 * Types the command line, answers its questions in order and returns what the array printed before its
	 * next prompt: without the echoed command, without the prompt, lines ending in LF only.
	 */
	public String run(CommandLine line) throws IOException {
		received.setLength(0);
		type(line.text() + dialect.lineEnd());
		List<PromptAnswer> answers = line.answers();
		int answered = 0;
		int searchFrom = 0;
		long deadline = System.nanoTime() + replyTimeout.toNanos();
		while (!dialect.endsWithPrompt(received)) {
			if (answered < answers.size()) {
				int at = received.indexOf(answers.get(answered).prompt(), searchFrom);
				if (at >= 0) {
					searchFrom = at + answers.get(answered).prompt().length();
					type(answers.get(answered++).answer() + dialect.lineEnd());
				}
			}
			if (receive(POLL)) {
				deadline = System.nanoTime() + replyTimeout.toNanos();
			} else if (System.nanoTime() > deadline) {
				throw new ConsoleException("No prompt from " + transport.describe() + " within " + replyTimeout.toSeconds()
						+ " s after '" + line.text() + "'; last received: '" + lastLine(received) + "'");
			}
		}
		prompt = dialect.trailingPrompt(received).orElse(prompt);
		return reply(line.text());
	}

	private String reply(String command) {
		String text = received.substring(0, received.length() - prompt.length()).replace("\r", "");
		received.setLength(0);
		// the console echoes what was typed; the reply starts after that echo
		if (text.startsWith(command)) {
			int end = text.indexOf('\n');
			text = end < 0 ? "" : text.substring(end + 1);
		}
		return text;
	}

	/** The prompt the array printed last, e.g. {@code t3a:/:<7>}. */
	public String prompt() {
		return prompt;
	}

	public String describe() {
		return transport.describe();
	}

	private void type(String text) throws IOException {
		line.type(text);
	}

	private boolean receive(Duration wait) throws IOException {
		return line.receive(wait);
	}

	private static String lastLine(CharSequence text) {
		return RecordedLine.lastLine(text);
	}

	/** Closes the line; the recording stays open for its owner to close. */
	@Override
	public void close() throws IOException {
		transport.close();
	}
}
