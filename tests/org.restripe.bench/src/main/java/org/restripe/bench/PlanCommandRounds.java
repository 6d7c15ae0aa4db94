package org.restripe.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.restripe.cli.BenchCli;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.PlanProof;
import org.restripe.plan.Planner;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;

/**
 * One fresh JVM of {@link PlanCommandBench}: rounds of one command on a prepared fixture; round 1 is what the
 * engineer sees (cold), the rest are warm. Prints one line a round, {@code ROUND n total ms [phase ms ...]}.
 * Arguments: mode (plan, phases, show, review) fixture-directory rounds.
 */
public final class PlanCommandRounds {
	private PlanCommandRounds() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		PlanFixture fixture = new PlanFixture(Path.of(args[1]), Path.of(args[1]).getFileName().toString());
		int rounds = Integer.parseInt(args[2]);
		for (int round = 1; round <= rounds; round++) {
			System.out.println("ROUND " + round + " " + switch (mode) {
			case "plan" -> whole(fixture.planArgs(fixture.dir().resolve("bench.kit")));
			case "show" -> whole("show", fixture.kit().toString(), "--current", fixture.current().toString(), "--data",
					fixture.data().toString());
			case "review" -> whole("review", fixture.desired().toString());
			case "phases" -> phases(fixture);
			default -> throw new IllegalArgumentException("mode " + mode + ": plan, phases, show or review");
			});
		}
	}

	/** The whole command, as the CLI runs it; it must succeed. */
	private static String whole(String... args) {
		long start = System.nanoTime();
		BenchCli.Outcome outcome = BenchCli.run(args);
		double millis = (System.nanoTime() - start) / 1e6;
		if (outcome.exitCode() != 0) {
			throw new IllegalStateException("restripe " + args[0] + " failed: " + outcome.err() + outcome.out());
		}
		return String.format(java.util.Locale.ROOT, "total %.1f", millis);
	}

	/** The calls PlanCommand makes, in its order, each timed. */
	private static String phases(PlanFixture fixture) throws Exception {
		Clock clock = new Clock();
		java.util.List<Site> sites = SiteFiles.load(java.util.List.of(fixture.current(), fixture.desired()));
		Site from = sites.get(0);
		Site to = sites.get(1);
		clock.lap("load");
		PlanProof.refuseUnsoundDesign(to);
		clock.lap("review");
		Plan plan = new Planner().plan(from, to);
		clock.lap("plan");
		PlanProof.prove(from, plan, to);
		clock.lap("proof");
		CenterKey center = CenterKey.open(fixture.data(), created -> Files.readString(fixture.keyPassword()).strip()
				.toCharArray());
		Kit.write(fixture.dir().resolve("phases.kit"), from, to, plan,
				DriverRegistry.fromServiceLoader(PlanCommandRounds.class.getClassLoader()), center);
		clock.lap("kit");
		return clock.total();
	}

	private static final class Clock {
		private final long start = System.nanoTime();
		private long last = start;
		private final StringBuilder laps = new StringBuilder();

		void lap(String phase) {
			long now = System.nanoTime();
			laps.append(String.format(java.util.Locale.ROOT, " %s %.1f", phase, (now - last) / 1e6));
			last = now;
		}

		String total() {
			return String.format(java.util.Locale.ROOT, "total %.1f", (last - start) / 1e6) + laps;
		}
	}
}
