package org.restripe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engineer types: {@code bundles/org.restripe.cli/restripe plan ...} and {@code restripe review ...},
 * each a process of its own, timed from start to exit (the shell script, the JVM and the command). Side by side
 * in the same run, one process of each in turn: the script as it ships (client compiler, serial GC, its class
 * data archive), the same script with the JDK's defaults and no archive (how it started before), and with
 * {@code -Dbench.before=PATH}, another tree's script (the code before). The first use of the archive, which
 * writes it, is reported on its own. Arguments: sizes (demo, 10000, 100000; default demo,10000), runs per
 * figure (default 7). The fixtures are PlanCommandBench's, in target/plan-command-bench.
 */
public final class CliScriptBench {
	private CliScriptBench() {
	}

	/** One way of starting the command: its script and the environment it adds. */
	private record Start(String name, Path script, Map<String, String> env) {
	}

	public static void main(String[] args) throws Exception {
		String[] sizes = (args.length > 0 ? args[0] : "demo,10000").split(",");
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Path script = Path.of(System.getProperty("bench.script", "bundles/org.restripe.cli/restripe"))
				.toAbsolutePath();
		Path cache = Files.createTempDirectory("restripe-cli-cache");
		List<Start> starts = new ArrayList<>(List.of(new Start("as shipped", script, Map.of("XDG_CACHE_HOME",
				cache.toString())), new Start("JDK defaults, no archive", script, Map.of("RESTRIPE_JAVA_OPTS",
						"-XX:+UseG1GC", "RESTRIPE_CDS", "off"))));
		String before = System.getProperty("bench.before");
		if (before != null) {
			starts.add(new Start("code and script before", Path.of(before).toAbsolutePath(), Map.of()));
		}
		Path root = Path.of(System.getProperty("bench.dir", "target/plan-command-bench"));
		Bench.header("restripe commands as typed, each a process, " + runs + " runs each, taken in turn");
		for (String size : sizes) {
			PlanFixture fixture = PlanFixture.prepare(root, size);
			List<String> plan = List.of(fixture.planArgs(fixture.dir().resolve("script-bench.kit")));
			List<String> review = List.of("review", fixture.desired().toString());
			Spread.print(size + " restripe plan, as shipped, first use (writes the archive)",
					Spread.of(List.of(run(starts.get(0), plan))), "%.0f", "ms", null);
			for (List<String> command : List.of(plan, review)) {
				Map<String, List<Double>> times = new LinkedHashMap<>();
				for (int i = 0; i < runs; i++) {
					for (Start start : starts) {
						times.computeIfAbsent(start.name(), k -> new ArrayList<>()).add(run(start, command));
					}
				}
				times.forEach((name, millis) -> Spread.print(size + " restripe " + command.get(0) + ", " + name,
						Spread.of(millis), "%.0f", "ms", null));
			}
		}
	}

	/** Milliseconds from start to exit; the command must succeed. */
	private static double run(Start start, List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("sh", start.script().toString()));
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(start.env());
		long began = System.nanoTime();
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		int exit = process.waitFor();
		double millis = (System.nanoTime() - began) / 1e6;
		if (exit != 0) {
			throw new IllegalStateException(start.name() + ": restripe " + String.join(" ", args) + " failed (exit "
					+ exit + "): " + new String(output, StandardCharsets.UTF_8));
		}
		return millis;
	}
}
