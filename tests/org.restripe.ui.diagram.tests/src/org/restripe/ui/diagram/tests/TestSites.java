package org.restripe.ui.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;

/** Fresh site files for each test, under target/ so a failed run leaves them for a look. */
final class TestSites {
	private TestSites() {
	}

	static Path folder(String name) throws IOException {
		Path dir = Paths.get(System.getProperty("restripe.screenshots", "target/screenshots")).resolveSibling("sites")
				.resolve(name);
		Files.createDirectories(dir);
		try (var old = Files.list(dir)) {
			for (Path p : old.toList()) {
				Files.delete(p);
			}
		}
		return dir;
	}

	static Path demoCopy(String name) throws IOException, SiteFileException {
		return save(DemoSite.create(), name, "demo.restripe");
	}

	/** The demo site as current configuration and, beside it, its design (a copy): the path of the design. */
	static Path demoDesign(String name) throws IOException, SiteFileException {
		return design(DemoSite.create(), name, "demo.restripe");
	}

	/**
	 * A site saved as the current configuration (read-only in the editor) and as its desired design, the one
	 * an engineer edits: returns the design's path.
	 */
	static Path design(Site site, String folder, String currentFile) throws IOException, SiteFileException {
		Path current = save(site, folder, currentFile);
		Path desired = org.restripe.ui.design.SiteEditorInput.desiredFileFor(current);
		SiteFiles.save(site, desired);
		return desired;
	}

	static Path save(Site site, String folder, String file) throws IOException, SiteFileException {
		Path path = folder(folder).resolve(file);
		SiteFiles.save(site, path);
		return path;
	}
}
