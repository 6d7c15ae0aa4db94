package org.restripe.ui.operations;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.workflow.VersionReason;

/**
 * Replaces a site's current configuration file: the only ways are a verified run (the arrays read back as
 * designed), and an explicit import. The file as it was is kept first in the site's configuration history
 * (reason "replaced"), so nothing is lost; the new file is written atomically. Never on the UI thread.
 */
public final class CurrentConfiguration {
	private CurrentConfiguration() {
	}

	/** The site's name as the history knows it: the current file's base name ("demo-site"). */
	public static String siteName(Path currentFile) {
		String name = currentFile.getFileName().toString();
		return name.endsWith(".restripe") ? name.substring(0, name.length() - ".restripe".length()) : name;
	}

	/**
	 * Writes {@code replacement} over {@code currentFile} after keeping the file as it was; returns what the
	 * engineer reads ("The current configuration of demo-site is now ...; the one before is kept as version 4").
	 *
	 * @throws SiteFileException when the file could not be replaced (then it is as it was)
	 */
	public static String replace(Path currentFile, Site replacement, String what) throws SiteFileException {
		String site = siteName(currentFile);
		String keptBefore = "";
		if (Files.isRegularFile(currentFile)) {
			Site before = SiteFiles.load(currentFile);
			keptBefore = SiteVersions.keep(site, before, VersionReason.REPLACED, "before " + what);
			if (keptBefore.startsWith("Not kept")) {
				// the previous configuration would be lost: the file stays as it is
				throw new SiteFileException(currentFile, "the current configuration was not replaced: " + keptBefore);
			}
		}
		SiteFiles.save(EcoreUtil.copy(replacement), currentFile);
		return "The current configuration of " + site + " is now " + what
				+ (keptBefore.isEmpty() ? "" : "; the one before: " + lowerFirst(keptBefore));
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
