package org.restripe.ui.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;
import org.restripe.workflow.VersionReason;

/**
 * Keeps a site's configuration as the next version of its history when the workbench's own work establishes it
 * (a discovery that found the arrays as the site file says), as `restripe discover` does, under the same name
 * (the site file's), so the History view and `restripe history` show the same versions. Called from the job
 * doing the work, never on the UI thread.
 */
public final class SiteVersions {
	private SiteVersions() {
	}

	/** The words the Session view shows: "Kept as version 3 (discovered) of demo-site", or why not. */
	public static String keep(String siteName, Site site, VersionReason reason, String note) {
		Path file = null;
		try {
			file = Files.createTempFile("restripe-version-", ".restripe");
			SiteFiles.save(EcoreUtil.copy(site), file);
			ConfigurationVersion kept = new ConfigurationHistory(RestripeUi.database()).record(siteName, file, reason,
					note, null);
			return "Kept as version " + kept.number() + " (" + reason.words() + ") of " + siteName;
		} catch (IOException | SiteFileException | StoreException | RuntimeException e) {
			return "Not kept in the configuration history of " + siteName + ": " + e.getMessage();
		} finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// a temporary copy left in the temp folder; the version itself is in the database
				}
			}
		}
	}
}
