package org.restripe.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's warnings as {@code restripe plan} says them: each one, up to {@link #SHOWN_PER_RULE} of a rule,
 * then one line with how many more of that rule there are. A large design without HBA WWNs has a warning for
 * every mapping (100,480 on a 100k-LUN site); {@code restripe review} lists them all.
 */
final class PlanWarnings {
	static final int SHOWN_PER_RULE = 20;

	private PlanWarnings() {
	}

	/** {@code warnings}: the review's, each starting with its rule in brackets ("[hba-wwn] ..."). */
	static void say(List<String> warnings, String design, PrintWriter out) {
		Map<String, Integer> perRule = new HashMap<>();
		for (String warning : warnings) {
			int seen = perRule.merge(rule(warning), 1, Integer::sum);
			if (seen <= SHOWN_PER_RULE) {
				out.println("warning " + warning);
			}
		}
		perRule.forEach((rule, count) -> {
			if (count > SHOWN_PER_RULE) {
				out.println("warning [" + rule + "] ... and " + (count - SHOWN_PER_RULE) + " more like these ("
						+ count + " in all; restripe review " + design + " lists them all)");
			}
		});
	}

	private static String rule(String warning) {
		int close = warning.indexOf(']');
		return warning.startsWith("[") && close > 0 ? warning.substring(1, close) : "";
	}
}
