package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.ArrayComparison;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteSession;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restripe discover --site SITE --line LINE}: reads every array back and compares it with the site file. */
@Command(name = "discover", description = "Read every array of the site over the line and compare it with the site "
		+ "file (exit 0 when they agree, 1 when they differ).")
final class DiscoverCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--site", required = true, paramLabel = "SITE.restripe", description = "the site: its arrays, "
			+ "management host and modem")
	Path siteFile;

	@Mixin
	LineOptions line;

	@Mixin
	DataOptions data;

	@Mixin
	SharedDatabaseOptions desk;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		Site site = SiteFiles.load(siteFile);
		List<SiteArray> arrays = SiteArrays.of(site, SiteWork.drivers());
		try (SiteCall call = SiteCall.open(line, data.dataDirectory(), "discover", "discovery of " + site.getName(), site,
				RunSettings.standard().replyingWithin(line.replyTimeout()))) {
			Map<String, StorageUnit> found = call.discover(arrays, out);
			for (SiteArray array : arrays) {
				out.println(array.name() + ":");
				ArrayComparison.lines(found.get(array.name()), array.driver(), false).forEach(l -> out.println("  " + l));
			}
			out.println("Compared with " + siteFile + ":");
			boolean same = SiteWork.printDifferences(SiteDiscovery.compare(arrays, found), arrays, "in the site file", out);
			out.println("Recorded in " + call.recording.file());
			if (same) { // the site file is what the arrays are: keep it as discovered
				DeskDatabase.record(data.dataDirectory(), desk, KitRequests.deskSiteName(siteFile), site,
						org.restripe.workflow.VersionReason.DISCOVERED,
						"discovered over the line, as " + siteFile, out);
			}
			return same ? 0 : 1;
		}
	}
}
