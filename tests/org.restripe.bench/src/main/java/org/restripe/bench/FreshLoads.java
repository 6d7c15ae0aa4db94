package org.restripe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.samples.LargeSiteGenerator;

/**
 * {@link ModelPersistenceBench}'s loads as a command sees them: each a fresh JVM of {@link SiteLoadRounds} with the
 * {@code restripe} script's options (client compiler, serial collector), round 1 cold, the rest warm; with
 * {@code -Dbench.before=TREE} the same JVMs on another tree's code (its bench module's class path), taken in turn.
 * Fixtures: {@code 1m} a generated site of 1,014,305 objects (100 x 60 x 4 x 16, seed 42) in XMI and binary, written
 * once under target/model-persistence-bench; {@code 100k} PlanCommandBench's 100k-LUN sites under
 * target/plan-command-bench/100000, the current one alone and both together as {@code restripe plan} loads them.
 */
final class FreshLoads {
	private static final String SCRIPT_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	/** One way of starting the loading JVM. */
	private record Variant(String name, String classPath, boolean scriptHeap) {
	}

	/** The figures of one JVM. */
	private record Run(List<double[]> rounds, double cpu) {
	}

	private FreshLoads() {
	}

	static void run(int runs, int rounds, List<String> fixtures) throws Exception {
		List<Variant> variants = variants();
		Map<String, List<Path>> loads = new LinkedHashMap<>();
		for (String fixture : fixtures) {
			loads.putAll(fixture(fixture));
		}
		Bench.header("site loads, fresh JVMs (" + SCRIPT_JVM + "), " + runs + " runs of " + rounds + " rounds, "
				+ "variants taken in turn");
		Map<String, List<Run>> results = new LinkedHashMap<>();
		for (int i = 0; i < runs; i++) {
			for (Map.Entry<String, List<Path>> load : loads.entrySet()) {
				for (Variant variant : variants) {
					if (variant.scriptHeap() && load.getKey().contains("binary")) {
						continue; // the same JVM as "after" for a binary load: the heap does not change its reading
					}
					results.computeIfAbsent(load.getKey() + ", " + variant.name(), k -> new ArrayList<>())
							.add(load(variant, load.getValue(), rounds));
				}
			}
		}
		results.forEach(FreshLoads::print);
	}

	private static List<Variant> variants() throws IOException {
		Path bench = Path.of("tests/org.restripe.bench/target").toAbsolutePath();
		String mine = bench.resolve("classes") + ":" + Files.readString(bench.resolve("classpath.txt")).strip();
		List<Variant> variants = new ArrayList<>();
		String before = System.getProperty("bench.before");
		if (before != null) {
			Path other = Path.of(before, "tests/org.restripe.bench/target/classpath.txt");
			// this tree's SiteLoadRounds first: it only calls SiteFiles' public API, which the other tree has too
			variants.add(new Variant("before", bench.resolve("classes") + ":" + Files.readString(other).strip(), false));
		}
		variants.add(new Variant("after", mine, false));
		variants.add(new Variant("after, with the script's heap", mine, true));
		return variants;
	}

	private static Map<String, List<Path>> fixture(String name) throws Exception {
		Map<String, List<Path>> loads = new LinkedHashMap<>();
		if (name.equals("1m")) {
			Path dir = Path.of("target/model-persistence-bench");
			Path xmi = dir.resolve("large" + SiteFormat.XMI.extension());
			Path binary = dir.resolve("large" + SiteFormat.BINARY.extension());
			if (!Files.exists(binary)) {
				Files.createDirectories(dir);
				Site site = new LargeSiteGenerator(100, 60, 4, 16).generate(42);
				SiteFiles.save(site, xmi, SiteFormat.XMI);
				SiteFiles.save(site, binary, SiteFormat.BINARY);
			}
			loads.put("1M objects XMI", List.of(xmi));
			loads.put("1M objects binary", List.of(binary));
		} else if (name.equals("100k")) {
			Path dir = Path.of("target/plan-command-bench/100000");
			if (!Files.exists(dir.resolve("desired.restripe"))) {
				throw new IllegalStateException(dir + " lacks its sites: run PlanCommandBench 100000 first");
			}
			loads.put("100k LUNs current XMI", List.of(dir.resolve("current.restripe")));
			loads.put("100k LUNs current + desired XMI, side by side", List.of(dir.resolve("current.restripe"),
					dir.resolve("desired.restripe")));
		} else {
			throw new IllegalArgumentException("fixture " + name + ": 1m or 100k");
		}
		return loads;
	}

	private static Run load(Variant variant, List<Path> files, int rounds) throws Exception {
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(List.of(SCRIPT_JVM.split(" ")));
		if (variant.scriptHeap()) {
			String heap = scriptHeap(files);
			if (heap != null) {
				command.add(heap);
			}
		}
		command.addAll(List.of("-cp", variant.classPath(), SiteLoadRounds.class.getName(), String.valueOf(rounds)));
		files.forEach(file -> command.add(file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException(variant.name() + " " + files + " failed: " + output);
		}
		List<double[]> figures = new ArrayList<>();
		double cpu = 0;
		for (String line : output.split("\n")) {
			String[] words = line.trim().split(" ");
			if (words[0].equals("ROUND")) {
				figures.add(new double[] { Double.parseDouble(words[3]), Double.parseDouble(words[5]) });
			} else if (words[0].equals("CPU")) {
				cpu = Double.parseDouble(words[1]);
			}
		}
		return new Run(figures, cpu);
	}

	/** The first heap bundles/org.restripe.cli/restripe gives for these site files (heap_for_sites). */
	static String scriptHeap(List<Path> files) throws IOException {
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		long mb = bytes / 1048576 * 30;
		long memoryMb = 0;
		for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
			if (line.startsWith("MemTotal:")) {
				memoryMb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
			}
		}
		if (mb <= memoryMb / 64) {
			return null;
		}
		return "-Xms" + Math.min(mb, memoryMb / 4) + "m";
	}

	private static void print(String name, List<Run> runs) {
		List<Double> cold = new ArrayList<>();
		List<Double> coldMap = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (Run run : runs) {
			cold.add(run.rounds().get(0)[0]);
			coldMap.add(run.rounds().get(0)[0] + run.rounds().get(0)[1]);
			run.rounds().stream().skip(1).forEach(round -> warm.add(round[0] + round[1]));
			cpu.add(run.cpu());
		}
		Spread.print(name + ": cold load", Spread.of(cold), "%.0f", "ms", null);
		Spread.print(name + ": cold load + id map", Spread.of(coldMap), "%.0f", "ms", null);
		if (!warm.isEmpty()) {
			Spread.print(name + ": warm load + id map", Spread.of(warm), "%.0f", "ms", null);
		}
		Spread.print(name + ": CPU of the JVM", Spread.of(cpu), "%.0f", "ms", null);
	}
}
