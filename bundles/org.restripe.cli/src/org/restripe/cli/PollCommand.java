package org.restripe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TableSnapshot;
import org.restripe.monitor.poll.TargetPoll;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe poll TARGET}: one poll of an SNMP agent, printed as tables an engineer reads. */
@Command(name = "poll", description = "Read a site's SNMP agent once (array volumes, disks, ports; hrStorage) and "
		+ "print what it read. Exit 0 when every row was read and good, 1 otherwise (the reason on stderr).")
final class PollCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "TARGET", description = "the agent: HOST, HOST:PORT or HOST/PORT (port 161)")
	String target;

	@Mixin
	SnmpCredentialOptions login = new SnmpCredentialOptions();

	@Option(names = "--table", paramLabel = "volumes|disks|ports|storage|all", defaultValue = "all",
			description = "what to read (default all)")
	String table;

	@Option(names = "--timeout", paramLabel = "MS", defaultValue = "2000", description = "wait for each answer (ms)")
	long timeoutMillis;

	@Option(names = "--retries", defaultValue = "1", description = "resend an unanswered request this often")
	int retries;

	@Override
	public Integer call() throws IOException, InterruptedException {
		Set<SnmpTable> tables = tables();
		PollTarget poll = PollTarget.of(address(target), login.credentials()).named(target)
				.withTimeout(Duration.ofMillis(timeoutMillis), retries);
		TargetPoll result;
		try (SnmpPoller poller = SnmpPoller.open(PollerSettings.defaults())) {
			long patience = (timeoutMillis * (retries + 1)) * (2 + 10L * tables.size()) + 10_000;
			result = poller.poll(poll, tables).get(patience, TimeUnit.MILLISECONDS);
		} catch (ExecutionException | TimeoutException e) {
			throw new IOException(target + ": the poll did not finish (" + e.getMessage() + ")");
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!result.isReached()) {
			err.println("restripe poll: " + result.error());
			return 1;
		}
		int bad = 0;
		for (TableSnapshot snapshot : result.tables()) {
			bad += PollReport.print(snapshot, out);
		}
		out.flush();
		long broken = result.tables().stream().filter(t -> !t.isComplete()).count();
		if (bad > 0 || broken > 0) {
			err.println("restripe poll: " + target + ": " + bad + " bad rows, " + broken + " tables not read to the end");
			return 1;
		}
		return 0;
	}

	private Set<SnmpTable> tables() {
		if (table.equals("all")) {
			return EnumSet.allOf(SnmpTable.class);
		}
		try {
			return EnumSet.of(SnmpTable.byLabel(table));
		} catch (IllegalArgumentException e) {
			throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--table: " + e.getMessage() + " or all");
		}
	}

	/** host, host:port or host/port as snmp4j's host/port. */
	static String address(String target) {
		int colon = target.lastIndexOf(':');
		if (target.contains("/")) {
			return target;
		}
		return colon > 0 && target.indexOf(':') == colon ? target.substring(0, colon) + "/" + target.substring(colon + 1)
				: target + "/161";
	}
}
