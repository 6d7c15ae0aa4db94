package org.restripe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.samples.LargeSiteGenerator;

/**
 * Save and load of a generated site of about one million model objects, in XMI and binary, and the heap
 * a loaded site takes per object. Arguments: subsystems arrays volumes luns (default 100 60 4 16, which
 * is 1,014,305 objects). Loads are timed in a fresh resource each time; the first load is the one a
 * user waits for, the best of three shows the warmed-up figure.
 */
public final class ModelPersistenceBench {

	private static final int LOADS = 3;

	private ModelPersistenceBench() {
	}

	/**
	 * {@code [runs [rounds [fixtures]]]}: loads in fresh JVMs as a command sees them ({@link FreshLoads}; default 5 runs
	 * of 3 rounds on 1m,100k); {@code inprocess [subsystems arrays volumes luns]}: saves, loads and heap per object
	 * in this JVM.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("inprocess")) {
			inProcess(java.util.Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		FreshLoads.run(args.length > 0 ? Integer.parseInt(args[0]) : 5, args.length > 1 ? Integer.parseInt(args[1]) : 3,
				java.util.List.of((args.length > 2 ? args[2] : "1m,100k").split(",")));
	}

	private static void inProcess(String[] args) throws Exception {
		int[] p = args.length == 4 ? new int[] { Integer.parseInt(args[0]), Integer.parseInt(args[1]),
				Integer.parseInt(args[2]), Integer.parseInt(args[3]) } : new int[] { 100, 60, 4, 16 };
		Bench.header("model persistence");
		LargeSiteGenerator generator = new LargeSiteGenerator(p[0], p[1], p[2], p[3]);
		long objects = generator.objectCount();
		Bench.print("model objects", objects, "", null);
		Path dir = Files.createTempDirectory("restripe-bench");
		try {
			Bench.Timed<Site> generated = Bench.time(() -> generator.generate(42));
			Bench.print("generate", generated.millis(), "ms", null);
			for (SiteFormat format : SiteFormat.values()) {
				Path file = dir.resolve("large" + format.extension());
				Site site = generated.value();
				Bench.Timed<Object> save = Bench.time(() -> {
					SiteFiles.save(site, file, format);
					return null;
				});
				Bench.print("save " + format + " (atomic, fsync)", save.millis(), "ms", null);
				Bench.print(format + " file size", Files.size(file) / 1e6, "MB", null);
			}
			generated = null; // let the generated site go before the heap is measured
			for (SiteFormat format : SiteFormat.values()) {
				measureLoads(dir.resolve("large" + format.extension()), format, objects);
			}
		} finally {
			deleteTree(dir);
		}
	}

	private static void measureLoads(Path file, SiteFormat format, long objects) throws Exception {
		long baseline = Bench.usedHeap();
		String goal = format == SiteFormat.BINARY ? "<= 1500 ms" : "<= 3000 ms";
		double best = Double.MAX_VALUE;
		Site kept = null;
		// -Drestripe.bench.xerces=true: the XMI parser's baseline, run in JVMs of its own beside the product's
		boolean xerces = format == SiteFormat.XMI && Boolean.getBoolean("restripe.bench.xerces");
		String name = format + (xerces ? " (baseline: JDK Xerces)" : "");
		for (int i = 0; i < LOADS; i++) {
			kept = null; // drop the previous copy so two sites never share the heap
			Bench.Timed<Site> load = Bench.time(() -> xerces ? XercesLoad.load(file) : SiteFiles.load(file));
			kept = load.value();
			if (i == 0) {
				Bench.print("load " + name + " first", load.millis(), "ms", goal);
			}
			best = Math.min(best, load.millis());
		}
		Bench.print("load " + name + " best of " + LOADS, best, "ms", goal);
		long used = Bench.usedHeap() - baseline;
		Bench.print("heap per object after " + format + " load", (double) used / objects, "bytes", "<= 300");
		Site site = kept;
		// the id map is built on the first lookup (XMI loads build it to resolve references)
		Bench.Timed<Object> lookup = Bench.time(() -> site.eResource().getEObject("s1-a1-v0l0"));
		Bench.print("first getEObject(id) after " + format + " load", lookup.millis(), "ms", null);
		used = Bench.usedHeap() - baseline;
		Bench.print("heap per object with id map", (double) used / objects, "bytes", "<= 300");
		if (lookup.value() == null) {
			throw new IllegalStateException("the loaded site lacks LUN s1-a1-v0l0");
		}
	}

	private static void deleteTree(Path dir) throws java.io.IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
