package org.restripe.drivers.api;

import java.util.List;

/**
 * One line typed at the array's prompt, with the answers to the questions it asks (e.g. vol init's
 * {@code Continue ? [N]:} answered {@code Y}), in the order the array asks them.
 */
public record CommandLine(String text, List<PromptAnswer> answers) {

	public CommandLine {
		answers = List.copyOf(answers);
	}

	public static CommandLine of(String text) {
		return new CommandLine(text, List.of());
	}

	/** A prompt the array prints and the answer the script types. */
	public record PromptAnswer(String prompt, String answer) {
	}
}
