package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteDesign;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.handlers.ImportCurrentDialog;
import org.restripe.ui.handlers.ImportCurrentHandler;
import org.restripe.workflow.ConfigurationHistory;
import org.restripe.workflow.ConfigurationVersion;
import org.restripe.workflow.VersionReason;

/**
 * The current configuration opens read-only; Design > Import as Current Configuration is how an engineer replaces
 * it from a file: a wrong file is refused in the dialog, a good one replaces the site file, the one before is kept
 * in the site's configuration history, and the open editor shows the new configuration.
 */
class ImportCurrentTest {
	@TempDir
	Path dir;

	@Test
	void anImportedSiteFileBecomesTheCurrentConfigurationAndTheOneBeforeIsKept() throws Exception {
		Path sites = RestripeUi.dataDirectory().sites();
		Site demo = SiteFiles.load(sites.resolve(DataDirectory.DEMO_FILE));
		String siteName = "import-" + System.nanoTime();
		Path current = sites.resolve(siteName + ".restripe");
		SiteFiles.save(EcoreUtil.copy(demo), current);
		Site renamed = EcoreUtil.copy(demo);
		Host host = renamed.getHosts().get(0);
		String before = host.getName();
		host.setName("imported-" + before);
		Path source = dir.resolve("from-the-field.restripe");
		SiteFiles.save(renamed, source);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = SiteEditors.open(page, current);
		List<String> refusals = new ArrayList<>();
		List<String> said = new ArrayList<>();
		try (ShellBot bot = new ShellBot()) {
			bot.whenOpen("Import as Current Configuration", s -> {
				ImportCurrentDialog dialog = assertInstanceOf(ImportCurrentDialog.class, s.getData());
				dialog.fileField().setText(dir.resolve("no-such.restripe").toString());
				refusals.add(dialog.problemShown());
				dialog.fileField().setText(current.toString());
				refusals.add(dialog.problemShown());
				dialog.fileField().setText(source.toString());
				refusals.add(String.valueOf(dialog.problemShown()));
				ShellBot.press(s, "Replace");
			});
			bot.whenOpen(ImportCurrentHandler.DONE_TITLE, s -> {
				said.add(ShellBot.texts(s));
				ShellBot.press(s, "OK");
			});
			UiTestSupport.flush(Display.getCurrent());
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand("org.restripe.ui.commands.importCurrent", null);
			bot.dispatchUntil(() -> !said.isEmpty(), 60, "the replacement was reported");
			bot.dispatchUntil(() -> ("imported-" + before).equals(hostShown(page, current)), 30,
					"the open editor shows the imported configuration");
			bot.assertNoFailures();
		} finally {
			for (var reference : page.getEditorReferences()) {
				page.closeEditor(reference.getEditor(false), false);
			}
		}
		Site now = SiteFiles.load(current);
		// the shared workbench's sites stay as they were for the tests that follow
		Files.deleteIfExists(current);
		Files.deleteIfExists(current.resolveSibling(current.getFileName() + ".bak"));
		SiteEditors.reopen(current);
		assertTrue(refusals.get(0).startsWith("Site file: there is no file"), refusals.toString());
		assertEquals("Site file: that is the current configuration itself", refusals.get(1));
		assertEquals("null", refusals.get(2), "a site file is accepted");
		assertTrue(said.get(0).contains("The current configuration of " + siteName + " is now the one imported from"),
				said.toString());
		assertEquals("imported-" + before, now.getHosts().get(0).getName(), "the site file replaced");

		List<ConfigurationVersion> versions = new ConfigurationHistory(RestripeUi.database()).versions(siteName);
		assertEquals(List.of(VersionReason.REPLACED, VersionReason.IMPORTED),
				versions.stream().map(ConfigurationVersion::reason).toList());
		Site kept = new ConfigurationHistory(RestripeUi.database()).site(siteName, versions.get(0).number());
		assertEquals(before, kept.getHosts().get(0).getName(), "the configuration before is kept as it was");
	}

	/** The first host's name in the editor that shows {@code file}, or null. */
	private static String hostShown(IWorkbenchPage page, Path file) {
		for (var reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			SiteDesign design = part == null ? null : part.getAdapter(SiteDesign.class);
			if (design != null && file.equals(design.file())) {
				return design.site().getHosts().get(0).getName();
			}
		}
		return null;
	}
}
