package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.samples.DemoSite;

/** A host's HBA WWNs are saved and loaded; a site file written before hosts had them loads with none. */
class HostHbaWwnsPersistenceTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(SiteFormat.class)
	void theWwnsComeBackInTheirOrder(SiteFormat format) throws Exception {
		Path file = dir.resolve("demo" + format.extension());
		SiteFiles.save(DemoSite.create(), file, format);
		Site loaded = SiteFiles.load(file);
		assertEquals(List.of("210000e08b0a1b21", "210000e08b0a1b22"), host(loaded, "host-web2").getHbaWwns());
		assertEquals(List.of("210000e08b0a1b11"), host(loaded, "host-web1").getHbaWwns());
	}

	@Test
	void aSiteFileWithoutWwnsLoadsWithEmptyLists() throws Exception {
		String text;
		try (InputStream in = DemoSite.class.getResourceAsStream(DemoSite.RESOURCE)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String older = text.replaceAll("\\s*<hbaWwns>[^<]*</hbaWwns>", "");
		assertTrue(!older.contains("hbaWwns") && older.contains("<hosts id=\"host-web2\""), "the file as it was before");
		Path file = dir.resolve("older.restripe");
		Files.writeString(file, older, StandardCharsets.UTF_8);
		Site loaded = SiteFiles.load(file);
		assertEquals(3, loaded.getHosts().size());
		for (Host host : loaded.getHosts()) {
			assertEquals(List.of(), host.getHbaWwns(), host.getName());
		}
	}

	private static Host host(Site site, String id) {
		return (Host) site.eResource().getEObject(id);
	}
}
