package org.restripe.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headless Restripe for engineers and scripts: {@code restripe COMMAND [options]}. Each command is a plain
 * API call of the core bundles; this class only parses arguments and prints results.
 */
public final class RestripeCli {

	/** One headless command. Returns the process exit code. */
	interface Command {
		String summary();

		int run(String[] args, PrintStream out, PrintStream err) throws Exception;
	}

	private final Map<String, Command> commands = new LinkedHashMap<>();

	RestripeCli() {
		commands.put("plan", new PlanCommand());
		commands.put("show", new ShowCommand());
		commands.put("review", new ReviewCommand());
		commands.put("version", new VersionCommand());
	}

	public static void main(String[] args) {
		System.exit(new RestripeCli().run(args, System.out, System.err));
	}

	int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			usage(out);
			return args.length == 0 ? 2 : 0;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			err.println("restripe: unknown command '" + args[0] + "'");
			usage(err);
			return 2;
		}
		try {
			return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
		} catch (Options.UsageException e) {
			err.println("restripe " + args[0] + ": " + e.getMessage());
			err.println("usage: restripe " + command.summary());
			return 2;
		} catch (Exception e) {
			err.println("restripe " + args[0] + ": " + e.getMessage());
			return 1;
		}
	}

	private void usage(PrintStream out) {
		out.println("usage: restripe COMMAND [options]");
		commands.forEach((name, c) -> out.printf("  %-8s %s%n", name, c.summary()));
	}

	static final class VersionCommand implements Command {
		@Override
		public String summary() {
			return "print the Restripe version";
		}

		@Override
		public int run(String[] args, PrintStream out, PrintStream err) {
			String version = RestripeCli.class.getPackage().getImplementationVersion();
			out.println("restripe " + (version == null ? "(development build)" : version));
			return 0;
		}
	}
}
