package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.model.persist.SiteFiles;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;
import org.restripe.workflow.VersionReason;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe history SITE}: every kept version of the site's configuration. */
@Command(name = "history", description = "Every kept version of a site's configuration: who, when, why.")
final class HistoryCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SITE", description = "the site's name")
	String site;

	@Option(names = "--keep", paramLabel = "SITE.restripe", description = "first keep this site file as the next version")
	Path keep;

	@Option(names = "--reason", paramLabel = "WHY", defaultValue = "discovered",
			description = "why it is kept: discovered, designed, applied or verified (default: ${DEFAULT-VALUE})")
	String reason;

	@Option(names = "--note", paramLabel = "TEXT", description = "a note kept with the version")
	String note;

	@Option(names = "--as", paramLabel = "NAME", description = "who keeps it (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			ConfigurationHistory history = new ConfigurationHistory(db);
			if (keep != null) {
				SiteFiles.load(keep); // only a readable site file is kept
				out.println("Kept " + keep + " as version " + history.record(site, keep, reason(), note, who).number());
			}
			List<ConfigurationVersion> versions = history.versions(site);
			if (versions.isEmpty()) {
				throw new IllegalArgumentException("no version of site '" + site + "' is kept");
			}
			versions.forEach(out::println);
			out.println(versions.size() + (versions.size() == 1 ? " version" : " versions") + " of " + site);
		}
		return 0;
	}

	private VersionReason reason() {
		for (VersionReason r : VersionReason.values()) {
			if (r.words().equalsIgnoreCase(reason.strip())) {
				return r;
			}
		}
		throw new IllegalArgumentException("--reason " + reason + " is not one of discovered, designed, applied, verified");
	}
}
