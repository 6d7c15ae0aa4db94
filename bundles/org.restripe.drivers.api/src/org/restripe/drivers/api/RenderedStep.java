package org.restripe.drivers.api;

import java.util.List;

/**
 * A step as the array must be told it: the command lines with their prompt answers, the check that proves
 * it worked and the way back. Hardware steps and confirmation points have no command lines; their
 * {@link #instruction()} says what a person must do.
 */
public record RenderedStep(Step step, List<CommandLine> commands, String instruction, Check check,
		Rollback rollback) {

	public RenderedStep {
		commands = List.copyOf(commands);
	}
}
