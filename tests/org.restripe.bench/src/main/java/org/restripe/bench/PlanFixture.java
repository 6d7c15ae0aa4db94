package org.restripe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.cli.BenchCli;
import org.restripe.model.CacheMode;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;

/**
 * The files an engineer's {@code restripe plan} reads, made once per size and kept: current.restripe, desired.restripe
 * (1% of the LUNs halved, or for the demo site its 6120's cache write-through), a data directory with the
 * center's key, its password file, and a kit planned from them (for {@code restripe show}). Both sites must
 * pass the technical review without an error, else the benchmark would time a refusal.
 */
record PlanFixture(Path dir, String size) {

	static final String DEMO = "demo";
	static final String PASSWORD = "bench center secret";

	Path current() {
		return dir.resolve("current.restripe");
	}

	Path desired() {
		return dir.resolve("desired.restripe");
	}

	Path data() {
		return dir.resolve("data");
	}

	Path keyPassword() {
		return dir.resolve("key-password");
	}

	Path kit() {
		return dir.resolve("planned.kit");
	}

	/** Makes the fixture unless a complete one is there already (a 1M-LUN site takes a while to write). */
	static PlanFixture prepare(Path root, String size) throws Exception {
		PlanFixture fixture = new PlanFixture(root.resolve(size), size);
		if (Files.exists(fixture.kit())) {
			return fixture;
		}
		Files.createDirectories(fixture.dir());
		Site current = DEMO.equals(size) ? DemoSite.create()
				: LargeSiteGenerator.withinCatalog(Integer.parseInt(size)).generate(42);
		Site desired = EcoreUtil.copy(current);
		String change = DEMO.equals(size) ? demoChange(desired) : resizeOnePercent(desired) + " LUNs resized";
		requireCleanReview(current, "current");
		requireCleanReview(desired, "desired");
		SiteFiles.save(current, fixture.current());
		SiteFiles.save(desired, fixture.desired());
		Files.writeString(fixture.keyPassword(), PASSWORD + "\n");
		Files.setPosixFilePermissions(fixture.keyPassword(), PosixFilePermissions.fromString("rw-------"));
		BenchCli.Outcome planned = BenchCli.run(fixture.planArgs(fixture.kit()));
		if (planned.exitCode() != 0) {
			throw new IllegalStateException("restripe plan refused the fixture: " + planned.err());
		}
		System.out.println("fixture " + size + ": " + lunCount(current) + " LUNs, " + change + "; " + planned.out().trim());
		return fixture;
	}

	String[] planArgs(Path kitFile) {
		return new String[] { "plan", "--current", current().toString(), "--desired", desired().toString(), "--kit",
				kitFile.toString(), "--data", data().toString(), "--key-password-file", keyPassword().toString() };
	}

	static void requireCleanReview(Site site, String which) {
		List<Finding> errors = Review.standard().review(site).stream().filter(f -> f.severity() == Severity.ERROR)
				.toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the " + which + " site fails review (" + errors.size() + " errors), e.g. "
					+ errors.get(0));
		}
	}

	static int resizeOnePercent(Site site) {
		Random random = new Random(7);
		int changed = 0;
		for (Subsystem s : site.getSubsystems()) {
			for (StorageUnit u : s.getStorageUnits()) {
				for (Lun l : u.getLuns()) {
					if (random.nextInt(100) == 0) {
						l.setSize(l.getSize() / 2);
						changed++;
					}
				}
			}
		}
		return changed;
	}

	static long lunCount(Site site) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.mapToLong(u -> u.getLuns().size()).sum();
	}

	private static String demoChange(Site desired) {
		desired.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> u.getName().equals("se6120")).findFirst().orElseThrow().getCache()
				.setCacheMode(CacheMode.WRITETHROUGH);
		return "the 6120's cache write-through";
	}
}
