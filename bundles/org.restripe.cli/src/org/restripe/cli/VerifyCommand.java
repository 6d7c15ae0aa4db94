package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.KitRuns;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteArrays.SiteArray;
import org.restripe.connect.run.SiteDiscovery;
import org.restripe.connect.run.SiteSession;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe verify KIT --line LINE}: are the kit's arrays now as it designed them? */
@Command(name = "verify", description = "Read the kit's arrays back over the line and compare them with its desired "
		+ "configuration (exit 0 when every array is as designed).")
final class VerifyCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	KitOptions kitOptions;

	@Mixin
	LineOptions line;

	@Option(names = "--current", paramLabel = "SITE.restripe", description = "the site file the kit was planned from: "
			+ "names the site in its configuration history (a kit filed under a request names it already)")
	Path siteFile;

	@Mixin
	SharedDatabaseOptions desk;

	@Override
	public Integer call() throws Exception {
		var out = spec.commandLine().getOut();
		Kit kit = kitOptions.read();
		Site desired = kit.desired();
		try (SiteCall call = SiteCall.open(line, kitOptions.dataDirectory(), "verify",
				"verification of " + kitOptions.kitFile, desired, RunSettings.standard().replyingWithin(line.replyTimeout()))) {
			boolean ok = verify(call, kitArrays(kit, desired), out);
			out.println("Recorded in " + call.recording.file());
			if (ok) {
				DeskDatabase.record(kitOptions.dataDirectory(), desk,
						KitRequests.siteOfKit(kitOptions.dataDirectory(), desk, kitOptions.kitFile, siteFile, desired), desired,
						org.restripe.workflow.VersionReason.VERIFIED, "kit " + kitOptions.kitFile, out);
			}
			return ok ? 0 : 1;
		}
	}

	/** The arrays the kit changes, as its design has them. */
	static List<SiteArray> kitArrays(Kit kit, Site desired) throws Exception {
		return KitRuns.kitArrays(kit, desired, SiteWork.drivers());
	}

	/** Discovers the arrays and prints how they compare with the design; true when all are as designed. */
	static boolean verify(SiteCall call, List<SiteArray> arrays, java.io.PrintWriter out) throws Exception {
		Map<String, StorageUnit> found = call.discover(arrays, out);
		Map<String, List<String>> differences = SiteDiscovery.compare(arrays, found);
		out.println("Verification (discovered again, compared with the kit's design):");
		boolean ok = SiteWork.printDifferences(differences, arrays, "designed", out);
		out.println(ok ? "Verified: every array is as designed." : "NOT verified: " + differences.size()
				+ " arrays differ from the design.");
		return ok;
	}
}
