package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Lun;
import org.restripe.model.Site;
import org.restripe.plan.PlanProof;
import org.restripe.plan.PlanRefusedException;
import org.restripe.review.Finding;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.kit.SecureStorageKeyPassword;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.wizards.BuildKitWizard;

/**
 * Build Kit reviews the design before it asks where to write the kit: a design the review refuses (a LUN
 * larger than its volume) shows its findings, counted in words ("1 finding") and each stated once, and the
 * wizard asks for no file and cannot finish.
 */
class BuildKitReviewsFirstTest {
	@TempDir
	Path dir;

	private record Design(Site current, Site site, Path file) implements SiteDesign {
		@Override
		public List<Finding> findings() {
			return List.of();
		}

		@Override
		public boolean reveal(String elementId) {
			return false;
		}

		@Override
		public void addDesignListener(Runnable listener) {
		}

		@Override
		public void removeDesignListener(Runnable listener) {
		}
	}

	@Test
	void aDesignTheReviewRefusesShowsItsFindingsOnceAndAsksForNoFile() throws Exception {
		Site current = new SiteFile(RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE)).site();
		Site desired = EcoreUtil.copy(current);
		Lun lun = firstLun(desired);
		lun.setSize(lun.getSize() * 1000); // no volume holds it: the review refuses the design
		List<String> findings = refusals(current, desired);
		Path data = dir.resolve("data");
		Files.createDirectories(data);
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BuildKitWizard wizard = new BuildKitWizard(new Design(current, desired, dir.resolve("demo-site.desired.restripe")),
				window, data, new SecureStorageKeyPassword(SimulatedDemoSite.storage(dir)));
		WizardDialog dialog = new WizardDialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiTestSupport.flush(dialog.getShell().getDisplay());
			String shown = ShellBot.texts(dialog.getShell());
			ShellBot.shot(dialog.getShell(), "build-kit-refused.png");
			String counted = findings.size() == 1 ? "1 finding" : findings.size() + " findings";
			assertTrue(shown.contains(counted + ":"), "the findings are counted in words: " + shown);
			assertFalse(shown.contains("reasons"), shown);
			for (String finding : findings) {
				assertEquals(1, occurrences(shown, finding), "stated once: " + finding + "\n" + shown);
			}
			assertEquals("Plan: " + counted + " (listed above) " + (findings.size() == 1 ? "stops" : "stop")
					+ " this design; no kit can be built",
					wizard.page().getErrorMessage());
			assertNull(wizard.page().kitFileField(), "no kit file is asked for");
			assertFalse(shown.contains("Kit file:"), shown);
			assertFalse(wizard.canFinish(), "a refused design cannot be built");
		} finally {
			dialog.close();
		}
	}

	private static List<String> refusals(Site current, Site desired) {
		try {
			PlanProof.provenPlan(current, desired);
		} catch (PlanRefusedException e) {
			return e.reasons();
		}
		throw new AssertionError("a LUN larger than its volume must be refused");
	}

	private static int occurrences(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}

	private static Lun firstLun(Site site) {
		var all = site.eAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof Lun lun && lun.getVolume() != null) {
				return lun;
			}
		}
		throw new AssertionError("the demo site has a LUN on a volume");
	}
}
