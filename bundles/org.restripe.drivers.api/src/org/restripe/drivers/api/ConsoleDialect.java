package org.restripe.drivers.api;

import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an array family's console talks: the login dialogue, the prompt that ends every reply, the line end
 * it expects and the replies that mean a command was refused. The connection code drives any console with
 * this alone, so a second array family brings its own dialect instead of edits to the script runner.
 *
 * @param login the questions the console asks before the first prompt, in the order it asks them
 * @param prompt regular expression the received text ends with when the array waits for a command
 * @param loginRefused regular expression of the console's answer to a wrong user or password
 * @param errors regular expressions, searched line by line, of replies that mean a command was refused
 * @param lineEnd what the Return key sends to this console
 */
public record ConsoleDialect(List<LoginStep> login, String prompt, String loginRefused, List<String> errors,
		String lineEnd) {

	public ConsoleDialect {
		login = List.copyOf(login);
		errors = List.copyOf(errors);
	}

	/** What the script types in answer to one login question. */
	public enum Credential {
		USER, PASSWORD
	}

	/**
	 * One question of the login dialogue.
	 *
	 * @param question regular expression the received text ends with when the console asks it
	 * @param answer which credential answers it
	 */
	public record LoginStep(String question, Credential answer) {
	}

	/** Whether {@code received} ends with the array's command prompt. */
	public boolean endsWithPrompt(CharSequence received) {
		return endMatcher(prompt, received).find();
	}

	/** The prompt {@code received} ends with, e.g. {@code t3a:/:<5>}; empty when it does not end with one. */
	public Optional<String> trailingPrompt(CharSequence received) {
		Matcher m = endMatcher(prompt, received);
		return m.find() ? Optional.of(m.group()) : Optional.empty();
	}

	/** The login question {@code received} ends with, if any. */
	public Optional<LoginStep> pendingQuestion(CharSequence received) {
		return login.stream().filter(step -> endMatcher(step.question(), received).find()).findFirst();
	}

	/** The first line of {@code reply} that says the command was refused, if any. */
	public Optional<String> refusal(String reply) {
		for (String error : errors) {
			Matcher m = Pattern.compile(error, Pattern.MULTILINE).matcher(reply);
			if (m.find()) {
				return Optional.of(lineAround(reply, m.start()));
			}
		}
		return Optional.empty();
	}

	public boolean loginWasRefused(CharSequence received) {
		return loginRefusal(received).isPresent();
	}

	/** The console's line that refused the login, e.g. {@code Login incorrect}, if it refused. */
	public Optional<String> loginRefusal(CharSequence received) {
		String text = received.toString().replace("\r", "");
		Matcher m = Pattern.compile(loginRefused, Pattern.MULTILINE).matcher(text);
		return m.find() ? Optional.of(lineAround(text, m.start())) : Optional.empty();
	}

	private static final Map<String, Pattern> END_PATTERNS = new ConcurrentHashMap<>();

	private static Matcher endMatcher(String regex, CharSequence received) {
		// trailing blanks after a question or prompt vary between firmware releases
		Pattern end = END_PATTERNS.computeIfAbsent(regex, r -> Pattern.compile("(?:" + r + ")[ \\t]*\\z"));
		// prompts and login questions are one line: matching the last line only keeps a long reply linear
		return end.matcher(received.subSequence(lastLineStart(received), received.length()));
	}

	private static int lastLineStart(CharSequence text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i + 1;
			}
		}
		return 0;
	}

	private static String lineAround(String text, int index) {
		// a pattern may start its match on the line end before the refusal; the refusal is the next line
		while (index < text.length() && (text.charAt(index) == '\n' || text.charAt(index) == '\r')) {
			index++;
		}
		int start = text.lastIndexOf('\n', index - 1) + 1;
		int end = text.indexOf('\n', index);
		return text.substring(start, end < 0 ? text.length() : end).strip();
	}
}
