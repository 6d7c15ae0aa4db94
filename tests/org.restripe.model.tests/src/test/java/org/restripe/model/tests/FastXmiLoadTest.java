package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Identified;
import org.restripe.model.RestripePackage;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.persist.SiteResource;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.model.samples.MainframeSite;

/**
 * SiteFiles reads XMI with the model's own reader; the site it gives must be the one EMF's plain XMIResourceImpl
 * load gives, element for element and byte for byte when saved, and every element must be found by its id.
 */
class FastXmiLoadTest {

	@TempDir
	Path dir;

	@Test
	void theDemoSiteLoadsAsEmfLoadsIt() throws Exception {
		assertLoadsAsEmf(saved(DemoSite.create(), "demo.restripe"));
	}

	@Test
	void theMainframeSiteLoadsAsEmfLoadsIt() throws Exception {
		assertLoadsAsEmf(saved(MainframeSite.loadShipped(), "mainframe.restripe"));
	}

	@Test
	void aGeneratedSiteLoadsAsEmfLoadsIt() throws Exception {
		assertLoadsAsEmf(saved(LargeSiteGenerator.withinCatalog(2000).generate(11), "generated.restripe"));
	}

	@Test
	void aFileWrittenOtherwiseThanOurSaveStillLoadsAsEmfLoadsIt() throws Exception {
		// xsi:type, a comment and an xmi:id: what another tool may write, left to EMF's load
		Path file = saved(DemoSite.create(), "edited.restripe");
		String xmi = Files.readString(file, StandardCharsets.UTF_8)
				.replace("xmlns:restripe=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:restripe=")
				.replaceFirst("<luns ", "<!-- edited by hand --><luns xsi:type=\"restripe:Lun\" ")
				.replaceFirst("<disks ", "<disks xmi:id=\"_d1\" ");
		Files.writeString(file, xmi, StandardCharsets.UTF_8);
		Site loaded = SiteFiles.load(file);
		assertTrue(new EcoreUtil.EqualityHelper().equals(plainEmfLoad(file).getContents().get(0), loaded),
				"differs from EMF's load");
		assertEquals("_d1", ((XMIResourceImpl) loaded.eResource()).getID(
				loaded.getSubsystems().get(0).getStorageUnits().get(0).getTrays().get(0).getDisks().get(0)));
	}

	private Path saved(Site site, String name) throws Exception {
		Path file = dir.resolve(name);
		SiteFiles.save(site, file, SiteFormat.XMI);
		return file;
	}

	private static void assertLoadsAsEmf(Path file) throws Exception {
		Site loaded = SiteFiles.load(file);
		XMIResourceImpl plain = plainEmfLoad(file);
		assertTrue(new EcoreUtil.EqualityHelper().equals(plain.getContents().get(0), loaded),
				"the site differs from EMF's load of " + file.getFileName());
		assertArrayEquals(xmi(plain), xmi((XMIResourceImpl) loaded.eResource()), "saved, the two loads differ");
		assertArrayEquals(Files.readAllBytes(file), xmi((XMIResourceImpl) loaded.eResource()),
				"saved again, the loaded site is not the file it came from");
		int elements = 0;
		for (TreeIterator<EObject> it = loaded.eResource().getAllContents(); it.hasNext(); elements++) {
			Identified element = (Identified) it.next();
			assertSame(element, loaded.eResource().getEObject(element.getId()), element.getId());
		}
		assertTrue(elements > 20, "only " + elements + " elements");
	}

	/** EMF's own XMI load, no options; an id map given up front so that resolving ids is not a search each. */
	private static XMIResourceImpl plainEmfLoad(Path file) throws IOException {
		RestripePackage.eINSTANCE.eClass();
		XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, Map.of());
		}
		return resource;
	}

	private static byte[] xmi(XMIResourceImpl resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, SiteResource.saveOptions(SiteFormat.XMI));
		return out.toByteArray();
	}
}
