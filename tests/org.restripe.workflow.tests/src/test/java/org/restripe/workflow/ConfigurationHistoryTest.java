package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.restripe.model.CacheMode;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

class ConfigurationHistoryTest extends DeskFixture {

	@Test
	void everyVersionIsKeptWithWhoWhenAndWhyAndTwoVersionsCompareThroughThePlanner() throws Exception {
		ConfigurationHistory history = new ConfigurationHistory(database);
		Site demo = DemoSite.create();
		Path discovered = data.resolve("discovered.restripe");
		SiteFiles.save(demo, discovered);
		Site designed = EcoreUtil.copy(demo);
		unit(designed, "se6120").getCache().setCacheMode(CacheMode.WRITETHROUGH);
		Path design = data.resolve("designed.restripe");
		SiteFiles.save(designed, design);
		history.record("demo-site", discovered, VersionReason.DISCOVERED, "over the line", "ana");
		history.record("demo-site", design, VersionReason.DESIGNED, "request 7", "bob");
		List<ConfigurationVersion> versions = history.versions("demo-site");
		assertEquals(List.of(1, 2), versions.stream().map(ConfigurationVersion::number).toList());
		assertEquals(VersionReason.DESIGNED, versions.get(1).reason());
		assertEquals("bob", versions.get(1).savedBy());
		assertEquals("request 7", versions.get(1).note());
		List<String> diff = history.compare("demo-site", 1, 2);
		assertEquals("se6120:", diff.get(0));
		assertTrue(diff.get(1).contains("write-through") || diff.get(1).toLowerCase().contains("writethrough"),
				String.join("\n", diff));
		assertEquals(List.of(), history.compare("demo-site", 1, 1), "a version does not differ from itself");
	}

	@Test
	void aLargeSiteComesBackExactlyAsKept() throws Exception {
		ConfigurationHistory history = new ConfigurationHistory(database);
		Path file = data.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), file);
		String text = Files.readString(file) + "<!-- " + "x".repeat(3 * ConfigurationHistory.PART) + " é€ -->\n";
		history.record("demo-site", text, VersionReason.VERIFIED, null, "ana");
		assertEquals(text, history.text("demo-site", 1));
		assertEquals(text.length(), history.versions("demo-site").get(0).chars());
	}

	@Test
	void anUnknownVersionAndAnEmptyTextAreRefused() throws Exception {
		ConfigurationHistory history = new ConfigurationHistory(database);
		assertEquals("site demo-site has no version 3", assertThrows(IllegalArgumentException.class,
				() -> history.text("demo-site", 3)).getMessage());
		assertEquals("the site configuration's text is missing", assertThrows(IllegalArgumentException.class,
				() -> history.record("demo-site", "  ", VersionReason.DISCOVERED, null, "ana")).getMessage());
		assertEquals(0, count("CONFIGURATION_VERSION"));
	}

	static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}
}
