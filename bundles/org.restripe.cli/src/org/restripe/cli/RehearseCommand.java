package org.restripe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.connect.MemoryStepJournal;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.run.ArrayScript;
import org.restripe.connect.run.KitRun;
import org.restripe.connect.run.RunResult;
import org.restripe.connect.run.RunSettings;
import org.restripe.connect.run.SiteSession;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.TrustedKeys;
import org.restripe.simulator.SimulatedSite;
import org.restripe.simulator.SiteOptions;
import org.restripe.simulator.modem.ModemTimings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe rehearse KIT --current SITE}: the kit run on a simulated twin of the site, through the same
 * code as a real run (dialback, terminal server, consoles, checks, verification), with what a real run would
 * ask the engineer listed and the time the line itself would take.
 */
@Command(name = "rehearse", description = "Run the kit on a simulated twin of the site through the same code path as "
		+ "a real run, verify it, and tell what a real run would do and how long the line would take.")
final class RehearseCommand implements Callable<Integer> {
	/** Simulated seconds per real second: a volume initialisation of hours takes a moment. */
	private static final double SPEED = 20_000;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "K.kit", description = "the kit to rehearse")
	Path kitFile;

	@Option(names = "--current", required = true, paramLabel = "SITE.restripe", description = "the site's current "
			+ "configuration, which seeds the simulated twin")
	Path currentFile;

	@Option(names = "--fast-modem", description = "the twin's modems answer, hang up and call back in milliseconds "
			+ "instead of the real 1.5 minutes")
	boolean fastModem;

	@Option(names = "--baud", paramLabel = "BPS", defaultValue = "33600",
			description = "the real line's speed, for the wire time (default: ${DEFAULT-VALUE})")
	int baud;

	@Mixin
	DataOptions data;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Kit kit = Kit.read(kitFile, TrustedKeys.open(data.dataDirectory()));
		Site current = SiteFiles.load(currentFile);
		kit.checkFresh(current);
		if (current.getModem() == null || current.getModem().getNumber() == null) {
			throw new IllegalArgumentException("site " + current.getName() + " has no dialback modem to rehearse the call "
					+ "with; rehearsals dial the twin as a real run dials the site");
		}
		out.println("Rehearsing " + kitFile + " (signed by " + kit.signer() + ") on a simulated twin of site "
				+ current.getName());
		List<ArrayScript> scripts = ArrayScript.of(kit, SiteWork.drivers());
		Path work = Files.createTempDirectory("restripe-rehearsal");
		SiteOptions options = new SiteOptions(null, null, SPEED, fastModem ? ModemTimings.fast() : ModemTimings.realistic(),
				Rehearsal.ARRAY_PASSWORD, Rehearsal.DIAL_PASSWORD, 0, "public");
		try (SimulatedSite twin = new SimulatedSite(EcoreUtil.copy(current), options, line -> { });
				SessionRecording recording = SessionRecording.start(work.resolve("rehearsal.cast"), "rehearsal");
				Rehearsal rehearsal = new Rehearsal(twin, current, fastModem)) {
			SiteSession session = new SiteSession(rehearsal.link(), recording);
			RunSettings settings = RunSettings.standard().replyingWithin(Duration.ofSeconds(30))
					.checkingEvery(Duration.ofMillis(100), Duration.ofMinutes(5)).confirmingWithin(Duration.ofMinutes(1));
			long started = System.nanoTime();
			RunResult result = new KitRun(scripts, session, rehearsal, new MemoryStepJournal(), settings)
					.confirmingStepsWith(rehearsal).commitConfirmedBy(rehearsal).offeringRollbackWith((m, d) -> false)
					.reportingTo((array, step, what) -> out.printf("  %s step %d [%s] %s: %s%n", array, step.number(),
							step.riskClass(), step.summary(), what))
					.run(new CliProgress(out));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			out.println(result.outcome() + ": " + result.message());
			boolean verified = result.changedAsPlanned() && VerifyCommand.verify(session, rehearsal,
					settings, VerifyCommand.kitArrays(kit, kit.desired()), out);
			session.close();
			report(out, kit.plan(), rehearsal, took);
			return verified ? 0 : 1;
		}
	}

	private void report(PrintWriter out, Plan plan, Rehearsal rehearsal, Duration took) {
		out.println();
		out.println("A real run would:");
		out.println("  call " + rehearsal.describe() + " and take the callback;");
		rehearsal.confirmations().forEach(c -> out.println("  ask you to confirm: " + c));
		out.println("  run " + plan.steps().size() + " steps on " + KitRun.arrays(plan.lanes().size()) + " (the arrays' own work "
				+ ShowCommand.hours(plan.sequentialDuration()) + " by the plan's estimate), then ask for the commit-confirm.");
		long sent = rehearsal.bytesSent();
		long received = rehearsal.bytesReceived();
		double wireSeconds = Math.max(sent, received) * 10.0 / baud;
		out.printf("The line carried %,d bytes out and %,d bytes in: %.1f s of wire time at %d baud (8N1); "
				+ "the run on the twin took %.1f s here.%n", sent, received, wireSeconds, baud, took.toMillis() / 1000.0);
	}
}
