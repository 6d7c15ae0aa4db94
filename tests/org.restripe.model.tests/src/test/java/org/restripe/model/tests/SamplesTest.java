package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.restripe.model.Identified;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.LargeSiteGenerator;

class SamplesTest {

	@Test
	void shippedDemoSiteEqualsTheOneBuiltFromCode() throws Exception {
		Site built = DemoSite.create();
		Site shipped = DemoSite.loadShipped();
		if (!EcoreUtil.equals(built, shipped)) {
			Path fresh = Path.of("target", DemoSite.RESOURCE);
			Files.createDirectories(fresh.getParent());
			SiteFiles.save(built, fresh);
			throw new AssertionError("demo-site.restripe is stale; copy " + fresh.toAbsolutePath()
					+ " over bundles/org.restripe.model/src/org/restripe/model/samples/" + DemoSite.RESOURCE);
		}
	}

	@Test
	void demoSiteHasTheSeedsShape() {
		Site site = DemoSite.create();
		assertEquals(2, site.getSubsystems().size());
		Subsystem db = site.getSubsystems().get(0);
		assertEquals(1, db.getHosts().size());
		assertEquals(3, db.getStorageUnits().size());
		Subsystem web = site.getSubsystems().get(1);
		assertEquals(2, web.getHosts().size());
		assertEquals(2, web.getStorageUnits().size());
		assertEquals(2, site.getLans().size());
		assertNotNull(site.getModem().getCallbackNumber());
		Set<StorageUnit> consoles = new HashSet<>();
		for (SerialPort port : site.getManagementHost().getSerialPorts()) {
			consoles.add(port.getConsole());
		}
		assertEquals(5, consoles.size(), "every array's console is wired");
	}

	@Test
	void idsAreUniqueAndPresent() {
		Set<String> ids = new HashSet<>();
		for (var it = new LargeSiteGenerator(2, 2, 3, 3).generate(1).eAllContents(); it.hasNext();) {
			EObject e = it.next();
			String id = ((Identified) e).getId();
			assertNotNull(id, e.toString());
			assertTrue(ids.add(id), "duplicate id " + id);
		}
	}

	@Test
	void generatorIsDeterministicBySeed() {
		LargeSiteGenerator generator = new LargeSiteGenerator(3, 4, 3, 5);
		assertTrue(EcoreUtil.equals(generator.generate(11), generator.generate(11)));
		assertFalse(EcoreUtil.equals(generator.generate(11), generator.generate(12)));
	}

	@Test
	void generatorPredictsItsObjectCount() {
		LargeSiteGenerator generator = new LargeSiteGenerator(3, 4, 5, 6);
		Site site = generator.generate(5);
		long count = 1;
		for (var it = site.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		assertEquals(generator.objectCount(), count);
	}
}
