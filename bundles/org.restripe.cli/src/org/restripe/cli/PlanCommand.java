package org.restripe.cli;

import java.io.PrintStream;
import java.util.List;

import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.kit.Kit;

/** {@code restripe plan --current A --desired B --kit K}: plan, prove, render and write the kit. */
final class PlanCommand implements RestripeCli.Command {
	@Override
	public String summary() {
		return "plan --current A.restripe --desired B.restripe --kit K.kit: plan the change and write its kit";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, List.of("current", "desired", "kit"));
		Site current = SiteFiles.load(options.path("current"));
		Site desired = SiteFiles.load(options.path("desired"));
		Plan plan;
		try {
			plan = PlanProof.provenPlan(current, desired);
		} catch (PlanRefusedException e) {
			err.println("restripe plan: refused");
			e.reasons().forEach(r -> err.println("  " + r));
			return 1;
		}
		Kit.write(options.path("kit"), current, desired, plan,
				DriverRegistry.fromServiceLoader(PlanCommand.class.getClassLoader()));
		out.printf("%d steps on %d arrays, risk: %s; kit written to %s%n", plan.steps().size(), plan.lanes().size(),
				plan.risk().label(), options.path("kit"));
		return 0;
	}
}
