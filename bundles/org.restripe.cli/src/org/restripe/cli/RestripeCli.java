package org.restripe.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * Headless Restripe for engineers and scripts: {@code restripe COMMAND [options]}. Each command is a plain
 * API call of the core bundles; this class only wires the commands to picocli, which parses the options and
 * prints usage. Exit codes: 0 done, 1 refused or failed (the reason on stderr), 2 wrong use.
 */
// help and version inherited, so "restripe customer --help" works on every command and subcommand
@Command(name = "restripe", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
		versionProvider = RestripeCli.Version.class,
		description = "Remote reconfiguration of customers' disk arrays, headless.",
		subcommands = { // one a line, so that new commands merge cleanly
				PlanCommand.class,
				ShowCommand.class,
				ReviewCommand.class,
				DiscoverCommand.class,
				ApplyCommand.class,
				VerifyCommand.class,
				RehearseCommand.class,
				KeysCommand.class,
				VerifyRecordingCommand.class,
				StoreServerCommand.class,
				CustomerCommand.class,
				RegionCommand.class,
				RequestsCommand.class,
				RequestCommand.class,
				ContractCommand.class,
				ChargeCommand.class,
				InvoicesCommand.class,
				HistoryCommand.class,
				DiffCommand.class,
				PollCommand.class,
				RecommendationsCommand.class,
				MonitorCommand.class,
				RestripeCli.VersionCommand.class })
public final class RestripeCli implements Runnable {

	private InputStream in = System.in;

	/** The commands that read a site file, whose model is worth warming while the options are parsed. */
	private static final java.util.Set<String> SITE_COMMANDS = java.util.Set.of("plan", "show", "review", "discover",
			"apply", "verify", "rehearse", "diff");

	public static void main(String[] args) {
		if (args.length > 0 && SITE_COMMANDS.contains(args[0])) {
			org.restripe.model.persist.SiteFiles.warmUpInBackground();
		}
		System.exit(new RestripeCli().run(args, System.out, System.err));
	}

	/** Where the engineer's answers come from (confirmations, commit-confirm). */
	InputStream in() {
		return in;
	}

	int run(String[] args, InputStream input, PrintStream out, PrintStream err) {
		this.in = input;
		return run(args, out, err);
	}

	int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine cli = new CommandLine(this);
		cli.setOut(new PrintWriter(out, true));
		cli.setErr(new PrintWriter(err, true));
		cli.setExecutionExceptionHandler((e, line, parsed) -> {
			// a refusal or failure: one clear line, no stack trace
			line.getErr().println(line.getCommandSpec().qualifiedName() + ": " + Failures.describe(e));
			line.getErr().flush();
			return 1;
		});
		return cli.execute(args);
	}

	@Override
	public void run() {
		// "restripe" alone: the usage, as a wrong use
		throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
	}

	/** {@code restripe version}, as scripts written for earlier releases call it. */
	@Command(name = "version", description = "Print the Restripe version.")
	static final class VersionCommand implements Runnable {
		@picocli.CommandLine.Spec
		picocli.CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			spec.commandLine().getOut().println(new Version().getVersion()[0]);
		}
	}

	/** The version the build stamped into the bundle's manifest, or a development build. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = RestripeCli.class.getPackage().getImplementationVersion();
			return new String[] { "restripe " + (version == null ? "(development build)" : version) };
		}
	}
}
