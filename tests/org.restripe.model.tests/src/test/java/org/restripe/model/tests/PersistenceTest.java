package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restripe.model.Host;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.persist.AtomicFiles;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.persist.SiteFormat;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.LargeSiteGenerator;

class PersistenceTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(SiteFormat.class)
	void roundTripGivesAnEqualSite(SiteFormat format) throws Exception {
		Site site = new LargeSiteGenerator(2, 3, 3, 4).generate(7);
		Path file = dir.resolve("site" + format.extension());
		SiteFiles.save(site, file, format);
		Site loaded = SiteFiles.load(file);
		assertTrue(EcoreUtil.equals(site, loaded), "loaded site differs from the saved one");
	}

	@ParameterizedTest
	@EnumSource(SiteFormat.class)
	void loadedElementsAreFoundById(SiteFormat format) throws Exception {
		Path file = dir.resolve("demo" + format.extension());
		SiteFiles.save(DemoSite.create(), file, format);
		Site loaded = SiteFiles.load(file);
		StorageUnit t3a = (StorageUnit) loaded.eResource().getEObject("t3a");
		assertEquals("t3a", t3a.getName());
		Host db = (Host) loaded.eResource().getEObject("host-db");
		assertSame(db, t3a.getMappings().get(0).getHost());
	}

	@Test
	void xmiAndBinaryLoadTheSameSite() throws Exception {
		Site site = DemoSite.create();
		SiteFiles.save(site, dir.resolve("a.restripe"), SiteFormat.XMI);
		SiteFiles.save(site, dir.resolve("a.restripe.bin"), SiteFormat.BINARY);
		assertTrue(EcoreUtil.equals(SiteFiles.load(dir.resolve("a.restripe")), SiteFiles.load(dir.resolve("a.restripe.bin"))));
	}

	@Test
	void twoFilesLoadedTogetherComeBackInTheirOrderAsEachAlone() throws Exception {
		Path a = dir.resolve("a.restripe");
		Path b = dir.resolve("b.restripe.bin");
		SiteFiles.save(new LargeSiteGenerator(2, 3, 3, 4).generate(1), a);
		SiteFiles.save(DemoSite.create(), b);
		java.util.List<Site> both = SiteFiles.load(java.util.List.of(a, b));
		assertEquals(2, both.size());
		assertTrue(EcoreUtil.equals(SiteFiles.load(a), both.get(0)));
		assertTrue(EcoreUtil.equals(SiteFiles.load(b), both.get(1)));
		assertSame(both.get(0), both.get(0).eResource().getEObject(both.get(0).getId()));
	}

	@Test
	void ofTwoFilesLoadedTogetherTheFirstUnreadableIsReported() throws Exception {
		Path good = dir.resolve("good.restripe");
		SiteFiles.save(DemoSite.create(), good);
		Path empty = Files.createFile(dir.resolve("empty.restripe"));
		Path missing = dir.resolve("missing.restripe");
		SiteFileException first = assertThrows(SiteFileException.class,
				() -> SiteFiles.load(java.util.List.of(empty, missing)));
		assertTrue(first.getMessage().startsWith(empty.toString()) && first.getMessage().contains("empty"),
				first.getMessage());
		SiteFileException second = assertThrows(SiteFileException.class,
				() -> SiteFiles.load(java.util.List.of(good, missing)));
		assertTrue(second.getMessage().contains("no such file"), second.getMessage());
	}

	@Test
	void xmiInMemoryIsWhatASaveWritesAndLeavesTheSiteWhereItWas() throws Exception {
		Path file = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), file);
		Site loaded = SiteFiles.load(file);
		var resource = loaded.eResource();
		assertArrayEquals(Files.readAllBytes(file), SiteFiles.xmiBytes(loaded));
		assertSame(resource, loaded.eResource());
		Site inMemory = DemoSite.create();
		assertArrayEquals(Files.readAllBytes(file), SiteFiles.xmiBytes(inMemory));
		assertEquals(null, inMemory.eResource());
	}

	@Test
	void xmiInMemoryOfASiteReferringOutsideItselfIsRefused() throws Exception {
		Site site = DemoSite.create();
		Host stranger = RestripeFactory.eINSTANCE.createHost();
		stranger.setId("stranger");
		site.getSubsystems().get(0).getStorageUnits().get(0).getMappings().get(0).setHost(stranger);
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.xmiBytes(site));
		assertTrue(e.getMessage().contains("stranger"), e.getMessage());
	}

	@Test
	void aReferenceIntoAnotherSiteIsNotSaved() throws Exception {
		Path file = dir.resolve("demo.restripe");
		Site site = DemoSite.create();
		SiteFiles.save(site, file);
		Site other = DemoSite.create();
		SiteFiles.save(other, dir.resolve("other.restripe"));
		StorageUnit t3a = (StorageUnit) site.eResource().getEObject("t3a");
		// the first mappings still point at this site's hosts; the last at the other site's twin of its host
		var last = t3a.getMappings().get(t3a.getMappings().size() - 1);
		last.setHost((Host) other.eResource().getEObject(last.getHost().getId()));
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.save(site, file));
		assertTrue(e.getMessage().contains(last.getId() + ".host refers to Host"), e.getMessage());
	}

	@Test
	void secondSaveKeepsThePreviousVersionAsBak() throws Exception {
		Path file = dir.resolve("demo.restripe");
		Site site = DemoSite.create();
		SiteFiles.save(site, file);
		byte[] first = Files.readAllBytes(file);
		site.setCustomer("Acme Freight GmbH");
		SiteFiles.save(site, file);
		assertArrayEquals(first, Files.readAllBytes(AtomicFiles.backupOf(file)));
		assertEquals("Acme Freight GmbH", SiteFiles.load(file).getCustomer());
		assertNoTempFiles();
	}

	@Test
	void siteReferringOutsideItselfIsNotSaved() throws Exception {
		Path file = dir.resolve("demo.restripe");
		Site site = DemoSite.create();
		SiteFiles.save(site, file);
		byte[] before = Files.readAllBytes(file);
		// a mapping to a host that is in no site would be written by id and break the next load
		Host stranger = RestripeFactory.eINSTANCE.createHost();
		stranger.setId("stranger");
		((StorageUnit) site.eResource().getEObject("t3a")).getMappings().get(0).setHost(stranger);
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.save(site, file));
		assertEquals(file, e.getFile());
		assertTrue(e.getMessage().contains("'stranger'"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertNoTempFiles();
	}

	@Test
	void saveFailingHalfWayLeavesTheOriginalUntouched() throws Exception {
		Path file = dir.resolve("data.restripe");
		Files.writeString(file, "original");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.replace(file, out -> {
			out.write("half of the new ".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", e.getMessage());
		assertEquals("original", Files.readString(file));
		assertFalse(Files.exists(AtomicFiles.backupOf(file)), "no .bak from a failed save");
		assertNoTempFiles();
	}

	@Test
	void emptyFileIsReported() throws Exception {
		Path file = Files.createFile(dir.resolve("empty.restripe"));
		assertProblem(file, "empty");
	}

	@Test
	void missingFileIsReported() {
		assertProblem(dir.resolve("nowhere.restripe"), "no such file");
	}

	@Test
	void foreignBinaryIsReported() throws Exception {
		Path file = Files.write(dir.resolve("photo.restripe"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10 });
		assertProblem(file, "not a Restripe site file");
	}

	@Test
	void foreignXmlIsReported() throws Exception {
		Path file = Files.writeString(dir.resolve("pom.restripe"),
				"<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><a/></project>\n");
		assertProblem(file, "foreign XML");
	}

	/** A site file is input from outside: one that names an external entity must not make the loader read it. */
	@Test
	void anExternalEntityInASiteFileIsNeverRead() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "the customer's password");
		SiteFiles.save(DemoSite.create(), dir.resolve("demo.restripe"));
		String xmi = Files.readString(dir.resolve("demo.restripe"));
		String hostile = xmi.replaceFirst("\\?>", "?>\n<!DOCTYPE site [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>")
				.replaceFirst("name=\"[^\"]*\"", "name=\"&leak;\"");
		Path file = Files.writeString(dir.resolve("hostile.restripe"), hostile);

		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.load(file));
		assertFalse(e.getMessage().contains("password"), e.getMessage());
		assertTrue(e.getMessage().contains("leak"), "the message names the entity: " + e.getMessage());
	}

	@Test
	void truncatedXmiIsReportedWithItsLine() throws Exception {
		Path file = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), file);
		truncate(file);
		assertProblem(file, "truncated XML at line");
	}

	@Test
	void truncatedBinaryIsReported() throws Exception {
		Path file = dir.resolve("demo.restripe.bin");
		SiteFiles.save(DemoSite.create(), file);
		truncate(file);
		assertProblem(file, "binary cache");
	}

	@Test
	void corruptedXmiIsReported() throws Exception {
		Path file = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), file);
		String text = Files.readString(file).replace("raidLevel=\"raid5\"", "raidLevel=\"raid7\"");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.load(file));
		assertTrue(e.getMessage().contains("raid7"), e.getMessage());
	}

	private static void truncate(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	private static void assertProblem(Path file, String problem) {
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.load(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
		assertNotNull(e.getFile());
	}

	private void assertNoTempFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.toString().endsWith(AtomicFiles.TEMP_SUFFIX)), "temp file left behind");
		}
	}
}
