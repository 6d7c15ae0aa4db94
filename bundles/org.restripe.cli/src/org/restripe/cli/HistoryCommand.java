package org.restripe.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe history SITE}: every kept version of the site's configuration. */
@Command(name = "history", description = "Every kept version of a site's configuration: who, when, why.")
final class HistoryCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SITE", description = "the site's name")
	String site;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			List<ConfigurationVersion> versions = new ConfigurationHistory(db).versions(site);
			if (versions.isEmpty()) {
				throw new IllegalArgumentException("no version of site '" + site + "' is kept");
			}
			versions.forEach(out::println);
			out.println(versions.size() + (versions.size() == 1 ? " version" : " versions") + " of " + site);
		}
		return 0;
	}
}
