package org.restripe.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.restripe.monitor.poll.PassphraseSource;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.PollerSettings;
import org.restripe.monitor.poll.SnmpCredentials;
import org.restripe.monitor.poll.SnmpPoller;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TableSnapshot;
import org.restripe.monitor.poll.TargetPoll;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
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

	@ArgGroup(exclusive = true)
	Security security = new Security();

	static final class Security {
		@Option(names = "--community", paramLabel = "C", description = "SNMPv2c read community (default public)")
		String community;

		@ArgGroup(exclusive = false)
		V3 v3;
	}

	static final class V3 {
		@Option(names = "--user", required = true, paramLabel = "U",
				description = "SNMPv3 user, authPriv with SHA-256 and AES-128")
		String user;

		@Option(names = "--auth-pass-prompt", description = "ask the authentication and privacy passphrases on the "
				+ "terminal (not echoed); without it they are read from the environment: RESTRIPE_SNMP_AUTH, RESTRIPE_SNMP_PRIV")
		boolean prompt;
	}

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
		PollTarget poll = PollTarget.of(address(target), credentials()).named(target)
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

	private SnmpCredentials credentials() {
		if (security.v3 == null) {
			return SnmpCredentials.community(security.community == null ? "public" : security.community);
		}
		boolean prompt = security.v3.prompt;
		return SnmpCredentials.v3(security.v3.user, prompt ? PollCommand::ask : PollCommand::fromEnvironment);
	}

	private static char[] ask(String target, String user, PassphraseSource.Kind kind) throws IOException {
		Console console = System.console();
		if (console == null) {
			throw new IOException("--auth-pass-prompt needs a terminal; without one, set RESTRIPE_SNMP_AUTH and RESTRIPE_SNMP_PRIV");
		}
		char[] typed = console.readPassword("SNMPv3 %s passphrase of %s at %s: ", kind.name().toLowerCase(), user, target);
		if (typed == null) {
			throw new IOException("no " + kind.name().toLowerCase() + " passphrase given");
		}
		return typed;
	}

	private static char[] fromEnvironment(String target, String user, PassphraseSource.Kind kind) throws IOException {
		String name = kind == PassphraseSource.Kind.AUTHENTICATION ? "RESTRIPE_SNMP_AUTH" : "RESTRIPE_SNMP_PRIV";
		String value = System.getenv(name);
		if (value == null) {
			throw new IOException("the v3 " + kind.name().toLowerCase() + " passphrase for " + user + " is needed: give "
					+ "--auth-pass-prompt to be asked, or set " + name);
		}
		return value.toCharArray();
	}
}
