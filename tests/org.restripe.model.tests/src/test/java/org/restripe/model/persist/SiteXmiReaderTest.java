package org.restripe.model.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Site;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.LargeSiteGenerator;

/**
 * The model's own XMI reader reads what our save writes (else every load would quietly take EMF's slower path), and
 * leaves to EMF's load what it does not know.
 */
class SiteXmiReaderTest {

	@TempDir
	Path dir;

	@Test
	void readsTheDemoSiteAsSavedWithEveryIdInItsMap() throws Exception {
		Site site = DemoSite.create();
		assertEquals(elements(site), read(saved(site)).ids().size());
	}

	@Test
	void readsAGeneratedSiteAsSaved() throws Exception {
		Site site = LargeSiteGenerator.withinCatalog(1000).generate(3);
		SiteXmiReader.Result result = read(saved(site));
		assertEquals(elements(site), result.ids().size());
		assertEquals(site.getId(), ((Site) result.root()).getId());
	}

	@Test
	void leavesToEmfAnIdGivenTwice() throws Exception {
		String xmi = Files.readString(saved(DemoSite.create()), StandardCharsets.UTF_8).replace("id=\"t3b\"", "id=\"t3a\"");
		assertThrows(SiteXmiReader.Declined.class, () -> read(xmi.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void leavesToEmfAReferenceToNoElement() throws Exception {
		String xmi = Files.readString(saved(DemoSite.create()), StandardCharsets.UTF_8).replace("host=\"host-db\"",
				"host=\"host-gone\"");
		assertThrows(SiteXmiReader.Declined.class, () -> read(xmi.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void leavesToEmfAnXsiType() throws Exception {
		String xmi = Files.readString(saved(DemoSite.create()), StandardCharsets.UTF_8)
				.replace("xmlns:restripe=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:restripe=")
				.replaceFirst("<luns ", "<luns xsi:type=\"restripe:Lun\" ");
		assertThrows(SiteXmiReader.Declined.class, () -> read(xmi.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void leavesToEmfXmlCutShort() throws Exception {
		byte[] xmi = Files.readAllBytes(saved(DemoSite.create()));
		assertThrows(SiteXmiReader.Declined.class, () -> read(java.util.Arrays.copyOf(xmi, xmi.length / 2)));
	}

	private Path saved(Site site) throws Exception {
		Path file = dir.resolve("site.restripe");
		SiteFiles.save(site, file, SiteFormat.XMI);
		return file;
	}

	private static SiteXmiReader.Result read(Path file) throws Exception {
		return read(Files.readAllBytes(file));
	}

	private static SiteXmiReader.Result read(byte[] xmi) throws Exception {
		try (InputStream in = new ByteArrayInputStream(xmi)) {
			return SiteXmiReader.read(in, 100);
		}
	}

	private static int elements(Site site) {
		int count = 1;
		for (var it = site.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}
}
