package org.restripe.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.views.SiteFile;

/** The sites of the data directory (their current configuration files, *.restripe), by site name. */
final class SiteFiles {
	private SiteFiles() {
	}

	static List<String> names(Path folder) {
		if (folder == null) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			// a site's design is a proposal for that site, not a site to file a request for
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SiteFile.EXTENSION))
					.filter(n -> !n.endsWith(SiteEditorInput.DESIRED_SUFFIX))
					.map(n -> n.substring(0, n.length() - SiteFile.EXTENSION.length())).sorted().toList();
		} catch (IOException e) {
			return List.of(); // no site file to offer; the engineer types the site's name
		}
	}
}
