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
		description = "Remote reconfiguration of customers' disk arrays, headless.")
public final class RestripeCli implements Runnable {
	/**
	 * The commands, one a line so that new ones merge cleanly. They are added to picocli by hand rather than in
	 * the annotation: building the model of every command took two thirds of a small command's start, so a
	 * command line naming one gets that one only (with the inherited help and version), any other all of them.
	 */
	static final java.util.List<Class<?>> COMMANDS = java.util.List.of(
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
			RestripeCli.VersionCommand.class);

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
		commandsFor(args).forEach(cli::addSubcommand);
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

	/** The command the line names, if it names one; else every command, for the usage and the suggestions. */
	private static java.util.List<Class<?>> commandsFor(String[] args) {
		if (args.length > 0) {
			for (Class<?> command : COMMANDS) {
				Command named = command.getAnnotation(Command.class);
				if (named.name().equals(args[0]) || java.util.List.of(named.aliases()).contains(args[0])) {
					return java.util.List.of(command);
				}
			}
		}
		return COMMANDS;
	}

	@Override
	public void run() {
		// "restripe" alone: the usage, as a wrong use
		CommandLine cli = new CommandLine(this);
		COMMANDS.forEach(cli::addSubcommand);
		throw new CommandLine.ParameterException(cli, "a command is required");
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
