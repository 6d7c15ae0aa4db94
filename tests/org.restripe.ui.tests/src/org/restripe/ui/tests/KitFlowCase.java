package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.plan.kit.CenterKey;
import org.restripe.ui.run.KitChoiceDialog;

/**
 * What Run Kit's and Rehearse Kit's tests share: the workbench window they start from, a data directory of
 * their own, and what they do alike in the dialogs before the job.
 */
abstract class KitFlowCase {
	@TempDir
	Path dir;
	Shell shell;
	IWorkbenchPage page;

	private byte[] demoSiteBefore;

	@BeforeEach
	void workbench() throws java.io.IOException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		shell = page.getWorkbenchWindow().getShell();
		demoSiteBefore = java.nio.file.Files.readAllBytes(demoSiteFile());
	}

	/**
	 * A verified run makes the design the site's current file; these tests run on the shared workbench's demo
	 * site, so each leaves it as it found it for the next.
	 */
	@org.junit.jupiter.api.AfterEach
	void restoreDemoSite() throws java.io.IOException {
		java.nio.file.Files.write(demoSiteFile(), demoSiteBefore);
	}

	private static Path demoSiteFile() {
		return org.restripe.ui.RestripeUi.dataDirectory().sites().resolve(org.restripe.ui.DataDirectory.DEMO_FILE);
	}

	Path data() {
		return dir.resolve("data");
	}

	/** Names the kit and the demo site in the open kit choice and checks the kit. */
	static void chooseKit(Shell s, Path kit, SimulatedDemoSite site) {
		KitChoiceDialog dialog = (KitChoiceDialog) s.getData();
		dialog.kitField().setText(kit.toString());
		ShellBot.choose(dialog.siteField(), site.siteName());
		assertNull(dialog.getErrorMessage());
		ShellBot.press(s, "Check Kit");
	}

	/** The kit's signer, its fingerprint and its freshness are shown before {@code what} starts. */
	static void assertSignerShown(Shell s, CenterKey center, String what) {
		String shown = ShellBot.texts(s);
		assertTrue(shown.contains(center.name()) && shown.contains(center.fingerprint()),
				"the signer and its fingerprint are shown before the " + what + ":\n" + shown);
		assertTrue(shown.contains("(not stale)"), shown);
	}
}
