package org.restripe.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engineer waits for: the whole {@code restripe plan} (load both sites, review, plan, proof, kit write)
 * on valid sites that pass review, each run in a fresh JVM; and the same calls timed phase by phase; and, on
 * the 100k site, {@code restripe show --current} and {@code restripe review}. Round 1 of a JVM is cold, the
 * rest warm. Arguments: sizes (comma-separated LUN counts, or demo; default demo,10000,100000,1000000), fresh
 * JVMs a figure (default 3), rounds a JVM (default 5). Each JVM runs with -Xmx2g (-Dbench.heap=... to change).
 * The fixtures are kept in target/plan-command-bench.
 */
public final class PlanCommandBench {
	private PlanCommandBench() {
	}

	public static void main(String[] args) throws Exception {
		String[] sizes = (args.length > 0 ? args[0] : "demo,10000,100000,1000000").split(",");
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Path root = Path.of(System.getProperty("bench.dir", "target/plan-command-bench"));
		Bench.header("restripe plan end to end, " + runs + " fresh JVMs x " + rounds + " rounds, child heap "
				+ heap());
		for (String size : sizes) {
			PlanFixture fixture = PlanFixture.prepare(root, size);
			List<String> modes = new ArrayList<>(List.of("plan", "phases"));
			if (size.equals("100000")) {
				modes.addAll(List.of("show", "review"));
			}
			for (String mode : modes) {
				report(size, mode, measure(fixture, mode, runs, rounds));
			}
		}
	}

	private static String heap() {
		return System.getProperty("bench.heap", "-Xmx2g");
	}

	/** Per figure (total, then each phase): the cold rounds and the warm rounds of every run. */
	private static Map<String, List<List<Double>>> measure(PlanFixture fixture, String mode, int runs, int rounds)
			throws Exception {
		Map<String, List<List<Double>>> figures = new LinkedHashMap<>();
		for (int run = 0; run < runs; run++) {
			List<String> lines = child(fixture, mode, rounds);
			for (String line : lines) {
				String[] words = line.split(" ");
				boolean cold = words[1].equals("1");
				for (int i = 2; i + 1 < words.length; i += 2) {
					List<List<Double>> coldWarm = figures.computeIfAbsent(words[i],
							k -> List.of(new ArrayList<>(), new ArrayList<>()));
					coldWarm.get(cold ? 0 : 1).add(Double.parseDouble(words[i + 1]));
				}
			}
		}
		return figures;
	}

	private static List<String> child(PlanFixture fixture, String mode, int rounds) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString(), heap(), "-cp", System.getProperty("java.class.path")));
		String extra = System.getProperty("bench.jvmArgs");
		if (extra != null && !extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of(PlanCommandRounds.class.getName(), mode, fixture.dir().toString(),
				Integer.toString(rounds)));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		List<String> rounds_ = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith("ROUND ")) {
					rounds_.add(line);
				} else {
					System.out.println("  | " + line);
				}
			}
		}
		if (process.waitFor() != 0) {
			throw new IllegalStateException(mode + " on " + fixture.dir() + " failed (exit " + process.exitValue() + ")");
		}
		return rounds_;
	}

	private static void report(String size, String mode, Map<String, List<List<Double>>> figures) {
		String what = switch (mode) {
		case "plan" -> "restripe plan (whole command)";
		case "phases" -> "plan's calls";
		case "show" -> "restripe show --current";
		default -> "restripe review";
		};
		figures.forEach((figure, coldWarm) -> {
			String name = size + " " + what + ": " + figure;
			Spread.print(name + " cold", Spread.of(coldWarm.get(0)), "%.0f", "ms", null);
			if (!coldWarm.get(1).isEmpty()) {
				Spread.print(name + " warm", Spread.of(coldWarm.get(1)), "%.0f", "ms", null);
			}
		});
	}
}
