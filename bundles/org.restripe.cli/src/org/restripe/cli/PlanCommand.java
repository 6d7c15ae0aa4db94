package org.restripe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code restripe plan --current A --desired B --kit K}: plan, prove, render and write the kit, signed with the
 * center's key in the data directory.
 */
@Command(name = "plan", description = "Plan the change from the current to the desired configuration and write its "
		+ "kit, signed with this center's key.")
final class PlanCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--current", required = true, paramLabel = "A.restripe", description = "the site as it is")
	Path current;

	@Option(names = "--desired", required = true, paramLabel = "B.restripe", description = "the site as designed")
	Path desired;

	@Option(names = "--kit", required = true, paramLabel = "K.kit", description = "the kit file to write")
	Path kit;

	@Option(names = "--charged", description = "a one-time charge pays for the change: do not refuse what the stored "
			+ "contract does not cover")
	boolean charged;

	@Option(names = "--request", paramLabel = "ID", description = "the desk's request this kit serves: it moves to "
			+ "implementation built, and the kit's run (restripe apply, or Run Kit) moves it on to verified")
	Integer request;

	@Mixin
	DataOptions data;

	@Mixin
	CenterKeyOptions key;

	@Mixin
	SharedDatabaseOptions desk;

	@Override
	public Integer call() throws Exception {
		// a password from a file asks nobody, so the key's derivation (a third of a small plan's cold start) runs
		// on the second core while the sites load; a password asked on the terminal is asked only for a sound plan
		// (only an existing key: a refused plan must not leave a new key behind)
		CenterKeyOpening opening = key.passwordFile != null
				&& java.nio.file.Files.isRegularFile(CenterKey.keystoreFile(data.dataDirectory()))
						? CenterKeyOpening.start(data.dataDirectory(), key.password())
				: null;
		// read once, side by side, for review, plan, proof and kit alike
		java.util.List<Site> sites = SiteFiles.load(java.util.List.of(current, desired));
		Site from = sites.get(0);
		Site to = sites.get(1);
		Plan plan = soundPlan(from, to);
		if (plan == null) {
			return 1;
		}
		CenterKey center = opening != null ? opening.join() : CenterKey.open(data.dataDirectory(), key.password());
		Kit written = Kit.write(kit, from, to, plan, DriverRegistry.fromServiceLoader(PlanCommand.class.getClassLoader()), center);
		int steps = plan.steps().size();
		spec.commandLine().getOut().printf("%d %s on %s, risk: %s; kit written to %s, signed by %s%n", steps,
				steps == 1 ? "step" : "steps", org.restripe.connect.run.KitRun.arrays(plan.lanes().size()),
				plan.risk().label(), kit, center.publicKey());
		// the history keeps the design as the kit carries it, rather than writing the same site again; read back
		// from the kit only when there is a history to keep it
		DeskDatabase.record(data.dataDirectory(), desk, KitRequests.deskSiteName(current), () -> written.text(Kit.DESIRED),
				org.restripe.workflow.VersionReason.DESIGNED, "kit " + kit,
				spec.commandLine().getOut());
		if (request != null) {
			KitRequests.built(data.dataDirectory(), desk, request, kit, KitRequests.deskSiteName(current),
					spec.commandLine().getOut());
		}
		return 0;
	}

	/**
	 * The proven plan once the contract and the request allow it, its review's warnings said; null when refused,
	 * with the reasons said. The warnings are said before the kit is written so that they are not held meanwhile
	 * (a million-LUN design without HBA WWNs has a warning a mapping).
	 */
	private Plan soundPlan(Site from, Site to) throws Exception {
		PlanProof.ReviewedPlan reviewed;
		try {
			reviewed = PlanProof.reviewedPlan(from, to);
		} catch (PlanRefusedException e) {
			var err = spec.commandLine().getErr();
			err.println("restripe plan: refused");
			e.reasons().forEach(r -> err.println("  " + r));
			return null;
		}
		if (!charged && !DeskContract.covers(data.dataDirectory(), desk, from, to, spec.commandLine())) {
			return null;
		}
		if (request != null) {
			KitRequests.checkBeforeBuilding(data.dataDirectory(), desk, request, KitRequests.deskSiteName(current));
		}
		PlanWarnings.say(reviewed.warnings(), desired.toString(), spec.commandLine().getOut());
		return reviewed.plan();
	}
}
