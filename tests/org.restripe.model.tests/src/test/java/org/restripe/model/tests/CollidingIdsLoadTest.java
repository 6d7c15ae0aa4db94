package org.restripe.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/** A site file whose references cannot be resolved because two elements share an id names both elements. */
class CollidingIdsLoadTest {
	@TempDir
	Path dir;

	@Test
	void aLunWithItsVolumesIdIsRefusedNamingBothWithTheirLines() throws Exception {
		Path file = dir.resolve("demo.restripe");
		SiteFiles.save(DemoSite.create(), file);
		String xmi = Files.readString(file);
		Files.writeString(file, xmi.replace("<luns id=\"t3a-lun0\"", "<luns id=\"t3a-v0\"").replace("lun=\"t3a-lun0\"",
				"lun=\"t3a-v0\""));
		long volumeLine = lineOf(xmi, "<volumes id=\"t3a-v0\"");
		long lunLine = lineOf(xmi, "<luns id=\"t3a-lun0\"");
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.load(file));
		assertEquals(file + ": elements share an id, and references by id cannot tell them apart: the id 't3a-v0' is"
				+ " given to both volume v0 (line " + volumeLine + ") and lun lun0 (line " + lunLine + "); give each element"
				+ " an id of its own", e.getMessage());
	}

	@Test
	void aFileBrokenOtherwiseKeepsItsOwnMessage() throws Exception {
		Path file = dir.resolve("cut.restripe");
		SiteFiles.save(DemoSite.create(), file);
		String xmi = Files.readString(file);
		Files.writeString(file, xmi.substring(0, xmi.length() / 2));
		SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFiles.load(file));
		assertEquals(true, e.getMessage().contains("corrupted or truncated XML at line "), e.getMessage());
	}

	private static long lineOf(String text, String what) {
		return text.substring(0, text.indexOf(what)).lines().count() + (text.substring(0, text.indexOf(what)).endsWith("\n") ? 1 : 0);
	}
}
