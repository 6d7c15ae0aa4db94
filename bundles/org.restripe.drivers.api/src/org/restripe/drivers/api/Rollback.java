package org.restripe.drivers.api;

import java.util.List;

/**
 * How to undo a step: the command lines of its inverse, or the reason there is none (e.g. data the step
 * destroyed cannot be brought back by the array; only a restore from backup can).
 */
public record Rollback(List<CommandLine> commands, String note) {

	public static final String DATA_DESTROYED = "no rollback: data destroyed (restore from the verified backup)";

	public Rollback {
		commands = List.copyOf(commands);
	}

	public static Rollback by(List<CommandLine> commands, String note) {
		return new Rollback(commands, note);
	}

	public static Rollback none(String reason) {
		return new Rollback(List.of(), reason);
	}

	public boolean exists() {
		return !commands.isEmpty();
	}
}
