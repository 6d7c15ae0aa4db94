package org.restripe.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;

/**
 * One fresh JVM of {@link ModelPersistenceBench}: rounds of loading site files as a command does; round 1 is what
 * the engineer waits for (cold), the rest are warm. Prints one line a round,
 * {@code ROUND n load ms idmap ms objects n}: the load ({@code SiteFiles.load} of one file, or of all of them side by
 * side as {@code restripe plan} loads its two sites) and the first lookup by id after it (which builds the id map
 * where the load did not). Only the public API of SiteFiles is used, so it runs on another tree's model bundle too.
 * Arguments: rounds file [file ...].
 */
public final class SiteLoadRounds {
	private SiteLoadRounds() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		List<Path> files = java.util.Arrays.stream(args, 1, args.length).map(Path::of).toList();
		for (int round = 1; round <= rounds; round++) {
			long start = System.nanoTime();
			List<Site> sites = files.size() == 1 ? List.of(SiteFiles.load(files.get(0))) : SiteFiles.load(files);
			long loaded = System.nanoTime();
			long objects = 0;
			for (Site site : sites) {
				// the id of the last element of the file (the modem), which a lookup must find
				String id = site.getModem() != null ? site.getModem().getId() : site.getId();
				if (site.eResource().getEObject(id) == null) {
					throw new IllegalStateException("the loaded site lacks its element " + id);
				}
			}
			long mapped = System.nanoTime();
			if (round == rounds) {
				for (Site site : sites) {
					for (var it = site.eAllContents(); it.hasNext(); it.next()) {
						objects++;
					}
					objects++;
				}
			}
			System.out.printf(Locale.ROOT, "ROUND %d load %.1f idmap %.1f objects %d%n", round, (loaded - start) / 1e6,
					(mapped - loaded) / 1e6, objects);
			sites = null;
		}
		// the CPU of the whole JVM (its compiler and collector threads too), for a loaded machine's figures
		long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
		System.out.printf(Locale.ROOT, "CPU %.1f%n", cpu / 1e6);
	}
}
