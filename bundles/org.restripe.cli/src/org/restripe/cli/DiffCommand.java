package org.restripe.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.ConfigurationHistory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe diff SITE V1 V2}: what changes from one kept version to another, as the planner sees it. */
@Command(name = "diff", description = "Compare two kept versions of a site through the planner (exit 1 when they differ).")
final class DiffCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SITE", description = "the site's name")
	String site;

	@Parameters(index = "1", paramLabel = "V1", description = "the version to compare from")
	int from;

	@Parameters(index = "2", paramLabel = "V2", description = "the version to compare to")
	int to;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			List<String> lines = new ConfigurationHistory(db).compare(site, from, to);
			out.println(lines.isEmpty() ? "Versions " + from + " and " + to + " of " + site + " configure the arrays the same"
					: "From version " + from + " to " + to + " of " + site + ":");
			lines.forEach(out::println);
			return lines.isEmpty() ? 0 : 1;
		}
	}
}
