package org.restripe.bench;

import java.util.ArrayList;
import java.util.List;

import org.restripe.drivers.api.Check;
import org.restripe.drivers.api.CommandLine;
import org.restripe.plan.kit.KitScript.KitStep;

/**
 * The commands SessionBench streams: what a kit types on a T3, each step's command followed by its check, so
 * replies have their real sizes (a toggle prints nothing, {@code fru list} about 1.3 KB). Ten commands a
 * cycle: five steps of one command and one check.
 */
final class ConsoleMix {
	/** command, check command, pattern the check's output must show. */
	private static final String[][] STEPS = {
			{ "sys rd_ahead off", "sys list", "^rd_ahead\\s+: off$" },
			{ "vol list", "vol stat", "^\\s+mounted\\b" },
			{ "fru list", "port list", "^u1p1\\s.*online" },
			{ "sys rd_ahead on", "sys list", "^rd_ahead\\s+: on$" },
			{ "port listmap", "vol list", "^v0\\s" } };

	private ConsoleMix() {
	}

	/** {@code commands} command lines (a multiple of 10), in the order the steps type them. */
	static List<String> commands(int commands) {
		List<String> lines = new ArrayList<>(commands);
		for (KitStep step : steps(commands)) {
			lines.add(step.commands().get(0).text());
			lines.add(step.check().command());
		}
		return lines;
	}

	/** The same commands as kit steps: {@code commands / 2} steps, each one command and its check. */
	static List<KitStep> steps(int commands) {
		if (commands <= 0 || commands % (2 * STEPS.length) != 0) {
			throw new IllegalArgumentException("the command count must be a positive multiple of " + 2 * STEPS.length
					+ ", not " + commands);
		}
		List<KitStep> steps = new ArrayList<>(commands / 2);
		for (int i = 0; i < commands / 2; i++) {
			String[] s = STEPS[i % STEPS.length];
			steps.add(new KitStep(i + 1, "online", s[0], "", List.of(), List.of(CommandLine.of(s[0])),
					new Check(s[1], s[2], true, "'" + s[1] + "' shows /" + s[2] + "/")));
		}
		return steps;
	}
}
