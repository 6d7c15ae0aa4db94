package org.restripe.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.samples.MonitorRun;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.RestripeDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code restripe monitor --site NAME --for 60s [--every 10s] [--community C | --user U] TARGET...}: polls the site's agents and stores samples. */
@Command(name = "monitor", description = "Polls a site's SNMP agents every so often for a while and stores what they"
		+ " read as monitoring samples, a line per round.")
final class MonitorCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Mixin
	StoreOptions store = new StoreOptions();

	@Option(names = "--site", required = true, paramLabel = "NAME", description = "the site the samples are of")
	String site;

	@Option(names = "--for", required = true, paramLabel = "DURATION", converter = HumanDuration.class,
			description = "how long to monitor, e.g. 60s, 10m, 8h")
	Duration total;

	@Option(names = "--every", paramLabel = "DURATION", defaultValue = "10s", converter = HumanDuration.class,
			description = "time between rounds (default 10s)")
	Duration every;

	@Mixin
	SnmpCredentialOptions login = new SnmpCredentialOptions();

	@Parameters(arity = "1..*", paramLabel = "TARGET", description = "an agent: HOST, HOST:PORT or HOST/PORT (port 161), e.g. 127.0.0.1/16161")
	List<String> addresses;

	@Override
	public Integer call() throws Exception {
		if (every.compareTo(total) > 0) {
			throw new IllegalArgumentException("--every " + every.toSeconds() + "s is longer than --for " + total.toSeconds() + "s");
		}
		List<PollTarget> targets = addresses.stream().map(a -> PollTarget.of(PollCommand.address(a), login.credentials())
				.withTimeout(Duration.ofSeconds(2), 1)).toList();
		var out = spec.commandLine().getOut();
		int[] failedRounds = { 0 };
		try (RestripeDatabase database = store.open(); SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			MonitorRun run = new MonitorRun(poller, new SampleStore(database::connect), site, targets);
			run.run(total, every, round -> {
				out.printf("round %d: %d of %d targets answered, %d samples stored%n", round.number(), round.reached(),
						round.targets(), round.samples());
				round.errors().forEach(e -> out.println("  " + e));
				out.flush();
				if (round.reached() < round.targets()) {
					failedRounds[0]++;
				}
			}, new CliProgress(out));
		}
		return failedRounds[0] > 0 ? 1 : 0;
	}
}
