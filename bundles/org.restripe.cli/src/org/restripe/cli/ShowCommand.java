package org.restripe.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;

/**
 * {@code restripe show K [--data DIR]}: the kit's plan, step by step, with risks, durations and prerequisites,
 * once its signature is a center's that DIR trusts. Verifying needs public keys only, so no password.
 */
final class ShowCommand implements RestripeCli.Command {
	@Override
	public String summary() {
		return "show K.kit [--current SITE.restripe] [--data DIR]: the kit's plan with each step's risk;"
				+ " refuses a kit no trusted center signed, an altered and a stale kit";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, List.of("current", CenterKeyOptions.DATA));
		Kit kit = Kit.read(options.plain(0, "the kit file"), TrustedKeys.open(CenterKeyOptions.dataDirectory(options)));
		out.println("Signed by " + kit.signer());
		if (options.has("current")) {
			// a stale kit is refused before anything of it is shown as runnable
			kit.checkFresh(org.restripe.model.persist.SiteFiles.load(options.path("current")));
			out.println("The kit matches the site's current configuration.");
		}
		Plan plan = kit.plan();
		out.printf("Plan: %d steps on %d arrays; risk: %s; %s in parallel, %s one array after another%n",
				plan.steps().size(), plan.lanes().size(), plan.risk().label(), hours(plan.parallelDuration()),
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
		return 0;
	}

	static String hours(Duration d) {
		long minutes = d.toMinutes();
		return minutes < 1 ? d.toSeconds() + "s" : minutes < 60 ? minutes + "m" : (minutes / 60) + "h" + (minutes % 60) + "m";
	}
}
