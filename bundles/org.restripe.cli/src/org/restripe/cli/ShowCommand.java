package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe show K}: the kit's plan, step by step, with risks, durations and prerequisites, once its
 * signature is a center's the data directory trusts. Verifying needs public keys only, so no password.
 */
@Command(name = "show", description = "The kit's plan with each step's risk; refuses a kit no trusted center signed, "
		+ "an altered and a stale kit.")
final class ShowCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	KitOptions kitOptions;

	@Option(names = "--current", paramLabel = "SITE.restripe", description = "refuse the kit unless it was computed from this configuration")
	Path current;


	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Kit kit = kitOptions.read();
		out.println("Signed by " + kit.signer());
		if (current != null) {
			// a stale kit is refused before anything of it is shown as runnable
			kit.checkFresh(SiteFiles.load(current));
			out.println("The kit matches the site's current configuration.");
		}
		print(kit, out);
		return 0;
	}

	static void print(Kit kit, PrintWriter out) throws Exception {
		Plan plan = kit.plan();
		int steps = plan.steps().size();
		out.printf("Plan: %d %s on %s; risk: %s; %s in parallel, %s one array after another%n", steps,
				steps == 1 ? "step" : "steps", org.restripe.connect.run.KitRun.arrays(plan.lanes().size()),
				plan.risk().label(), hours(plan.parallelDuration()),
				hours(plan.sequentialDuration()));
		out.println("Computed from configuration " + kit.manifest().currentConfiguration());
		for (var lane : plan.lanes().values()) {
			out.println();
			out.println("Array " + lane.get(0).step().unitName() + ":");
			for (PlannedStep s : lane) {
				out.printf("  %4d. %-17s %-8s %s%s%n", s.number(), "[" + s.changeClass().label() + "]",
						hours(s.estimate()), s.summary(),
						s.prerequisites().isEmpty() ? "" : "  (after " + s.prerequisiteNumbers() + ")");
			}
		}
	}

	static String hours(Duration d) {
		long minutes = d.toMinutes();
		return minutes < 1 ? d.toSeconds() + "s" : minutes < 60 ? minutes + "m" : (minutes / 60) + "h" + (minutes % 60) + "m";
	}
}
