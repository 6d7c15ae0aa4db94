package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.DriverRegistry;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.kit.CenterKey;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.TrustedKeys;

/**
 * The kit writes the design's XMI straight into its zip, hashed on the way: the kit written and the kit read back
 * carry the design's exact site file, and a design that cannot be written leaves neither a kit nor a half-written
 * file behind.
 */
class KitStreamingTest {
	@TempDir
	Path dir;

	private final Site current = Sites.demo();
	private final Site desired = Sites.copy(current);
	private final DriverRegistry drivers = DriverRegistry.fromServiceLoader(getClass().getClassLoader());

	@Test
	void theKitWrittenAndTheKitReadCarryTheDesignsSiteFile() throws Exception {
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		CenterKey center = CenterKey.open(dir.resolve("data"), "Restripe center North", c -> "secret".toCharArray());
		Path file = dir.resolve("change.kit");

		Kit written = Kit.write(file, current, desired, PlanProof.provenPlan(current, desired), drivers, center);

		String siteFile = new String(SiteFiles.xmiBytes(desired), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(siteFile, written.text(Kit.DESIRED));
		Kit read = Kit.read(file, TrustedKeys.open(dir.resolve("data")));
		assertEquals(siteFile, read.text(Kit.DESIRED));
		assertEquals(read.partNames(), written.partNames());
		assertEquals(read.manifest().partHashes(), written.manifest().partHashes());
		assertEquals(StorageConfiguration.of(current).sha256(), read.manifest().currentConfiguration());
		assertEquals(StorageConfiguration.of(desired).sha256(), read.manifest().desiredConfiguration());
		assertEquals(List.of("change.kit", "data"), listing());
	}

	@Test
	void aDesignThatCannotBeWrittenLeavesNoKitAndNoTemporaryFile() throws Exception {
		Sites.find(desired, "se6120-lun1", Lun.class).setSize(100_000_000_000L);
		Plan plan = PlanProof.provenPlan(current, desired);
		CenterKey center = CenterKey.open(dir.resolve("data"), "Restripe center North", c -> "secret".toCharArray());
		// a mapping to a host of another site: the design's file would not load again
		LunMapping mapping = StorageConfiguration.units(desired).stream().flatMap(u -> u.getMappings().stream())
				.findFirst().orElseThrow();
		mapping.setHost(org.restripe.model.RestripeFactory.eINSTANCE.createHost());
		Path file = dir.resolve("change.kit");

		KitException e = assertThrows(KitException.class,
				() -> Kit.write(file, current, desired, plan, drivers, center));

		assertTrue(e.getMessage().startsWith("the desired site cannot be written into the kit"), e.getMessage());
		assertFalse(Files.exists(file));
		assertEquals(List.of("data"), listing());
	}

	private List<String> listing() throws Exception {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
