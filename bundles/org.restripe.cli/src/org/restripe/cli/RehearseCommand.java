package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.restripe.connect.run.KitRun;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe rehearse KIT --current SITE}: the kit run on a simulated twin of the site, through the same
 * code path as a real run (dialback, terminal server, consoles, checks, verification), with what a real run
 * would ask the engineer listed and the time the line itself would take.
 */
@Command(name = "rehearse", description = "Run the kit on a simulated twin of the site through the same code path as "
		+ "a real run, verify it, and tell what a real run would do and how long the line would take.")
final class RehearseCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	KitOptions kitOptions;

	@Option(names = "--current", required = true, paramLabel = "SITE.restripe", description = "the site's current "
			+ "configuration, which seeds the simulated twin")
	Path currentFile;

	@Option(names = "--fast-modem", description = "the twin's modems answer, hang up and call back in milliseconds "
			+ "instead of the real 1.5 minutes")
	boolean fastModem;

	@Option(names = "--baud", paramLabel = "BPS", defaultValue = "33600",
			description = "the real line's speed, for the wire time (default: ${DEFAULT-VALUE})")
	int baud;


	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Kit kit = kitOptions.read();
		Site current = SiteFiles.load(currentFile);
		out.println("Rehearsing " + kitOptions.kitFile + " (signed by " + kit.signer() + ") on a simulated twin of site "
				+ current.getName());
		Path recording = Files.createTempDirectory("restripe-rehearsal").resolve("rehearsal.cast");
		Rehearsal.Report report = Rehearsal.rehearse(kit, current, fastModem, recording,
				(array, step, what) -> out.printf("  %s step %d [%s] %s: %s%n", array, step.number(), step.riskClass(),
						step.summary(), what),
				new CliProgress(out));
		out.println(report.result().outcome() + ": " + report.result().message());
		if (report.differences() != null) {
			out.println("Verification (discovered again, compared with the kit's design):");
			SiteWork.printDifferences(report.differences(), VerifyCommand.kitArrays(kit, kit.desired()), "designed", out);
			out.println(report.verified() ? "Verified: every array is as designed."
					: "NOT verified: " + report.differences().size() + " arrays differ from the design.");
		}
		print(out, kit.plan(), report, recording);
		return report.verified() ? 0 : 1;
	}

	private void print(PrintWriter out, Plan plan, Rehearsal.Report report, Path recording) {
		out.println();
		out.println("A real run would:");
		out.println("  call " + report.call() + " and take the callback;");
		report.confirmations().forEach(c -> out.println("  ask you to confirm: " + c));
		out.println("  run " + plan.steps().size() + " steps on " + KitRun.arrays(plan.lanes().size())
				+ " (the arrays' own work " + ShowCommand.hours(plan.sequentialDuration())
				+ " by the plan's estimate), then ask for the commit-confirm.");
		out.printf("The line carried %,d bytes out and %,d bytes in: %.1f s of wire time at %d baud (8N1); "
				+ "the run on the twin took %.1f s here. Recorded in %s%n", report.bytesSent(), report.bytesReceived(),
				report.wireSeconds(baud), baud, report.took().toMillis() / 1000.0, recording);
	}
}
