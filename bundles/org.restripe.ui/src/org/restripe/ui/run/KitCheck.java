package org.restripe.ui.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.restripe.connect.run.KitRuns;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFileException;
import org.restripe.model.persist.SiteFiles;
import org.restripe.plan.Plan;
import org.restripe.plan.kit.Kit;
import org.restripe.plan.kit.KitException;
import org.restripe.plan.kit.StaleKitException;
import org.restripe.plan.kit.TrustedKeys;

/**
 * What Run Kit checks before anything is sent to the site: the kit is signed by a center this workbench trusts,
 * no part of it was altered, and it was computed from the site's configuration as the site file has it now.
 */
public sealed interface KitCheck {

	/** The kit may run at the site. {@code resumes}: an earlier run of it left steps in its journal. */
	record Passed(Path kitFile, Kit kit, String siteName, Path siteFile, Site current, Plan plan, String kitId,
			boolean resumes) implements KitCheck {
	}

	/** Refused before anything ran: {@code problem} names it in a few words, {@code reason} says all. */
	record Refused(String problem, String reason) implements KitCheck {
	}

	static KitCheck check(Path kitFile, String siteName, Path siteFile, Path dataDirectory) {
		Kit kit;
		try {
			kit = Kit.read(kitFile, TrustedKeys.open(dataDirectory));
		} catch (KitException e) {
			return new Refused(problem(e), e.getMessage());
		}
		Site current;
		try {
			current = SiteFiles.load(siteFile);
		} catch (SiteFileException e) {
			return new Refused("The site file cannot be read", e.getMessage());
		}
		try {
			kit.checkFresh(current);
			Path journal = KitRuns.journalFile(dataDirectory, kit);
			boolean resumes = Files.exists(journal) && Files.size(journal) > 0;
			return new Passed(kitFile, kit, siteName, siteFile, current, kit.plan(), KitRuns.kitId(kit), resumes);
		} catch (StaleKitException e) {
			return new Refused("Stale kit: site " + siteName + " changed since the kit was computed", e.getMessage());
		} catch (KitException | IOException e) {
			return new Refused("The kit cannot be used", e.getMessage());
		}
	}

	/** The kind of refusal, as an engineer would name it. */
	private static String problem(KitException e) {
		String m = String.valueOf(e.getMessage());
		if (m.startsWith("unsigned kit")) {
			return "Unsigned kit";
		}
		if (m.contains("does not trust")) {
			return "Signed by a center this workbench does not trust";
		}
		if (m.contains("altered") || m.startsWith("bad signature") || m.contains("lacks")
				|| m.contains("which its manifest does not list")) {
			return "Altered kit: it is not as its center signed it";
		}
		return "Not a kit this workbench can read";
	}
}
