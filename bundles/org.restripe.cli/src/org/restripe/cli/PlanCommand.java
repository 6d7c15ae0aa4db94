package org.restripe.cli;

import java.io.PrintStream;
import java.util.List;

import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;

/**
 * {@code restripe plan --current A --desired B --kit K [--data DIR] [--key-password-file FILE]}: plan, prove,
 * render and write the kit, signed with the center's key in DIR.
 */
final class PlanCommand implements RestripeCli.Command {
	@Override
	public String summary() {
		return "plan --current A.restripe --desired B.restripe --kit K.kit [--data DIR] [--key-password-file FILE]:"
				+ " plan the change and write its kit, signed with this center's key";
	}

	@Override
	public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
		Options options = new Options(args, List.of("current", "desired", "kit", CenterKeyOptions.DATA,
				CenterKeyOptions.PASSWORD_FILE));
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
		CenterKey center = CenterKey.open(CenterKeyOptions.dataDirectory(options),
				CenterKeyOptions.password(options, System.console()));
		Kit.write(options.path("kit"), current, desired, plan,
				DriverRegistry.fromServiceLoader(PlanCommand.class.getClassLoader()), center);
		out.printf("%d steps on %d arrays, risk: %s; kit written to %s, signed by %s%n", plan.steps().size(),
				plan.lanes().size(), plan.risk().label(), options.path("kit"), center.publicKey());
		return 0;
	}
}
