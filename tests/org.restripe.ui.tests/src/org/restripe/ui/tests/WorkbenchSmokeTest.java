package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.restripe.model.StorageUnit;
import org.restripe.ui.views.SiteFile;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.restripe.ui.DesignPerspective;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.handlers.AboutHandler;
import org.restripe.ui.views.SiteNavigatorView;

/** The real workbench, started by the product's application under Xvfb, as an engineer first sees it. */
class WorkbenchSmokeTest {

	@Test
	void theRestripeWindowOpensOnTheDesignPerspective() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		Shell shell = window.getShell();
		assertEquals("Restripe", shell.getText());
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(DesignPerspective.ID));
		assertEquals(DesignPerspective.ID, page.getPerspective().getId());
		assertTrue(page.findView(SiteNavigatorView.ID) instanceof SiteNavigatorView,
				"the Sites navigator is shown and its controls were created");
		assertTrue(page.findView(IPageLayout.ID_PROP_SHEET) instanceof PropertySheet, "the Properties view is shown");
		assertTrue(page.isEditorAreaVisible(), "the editor area is visible");
		UiTestSupport.flush(shell.getDisplay());
		Path png = UiTestSupport.screenshot(shell, "workbench.png");
		assertTrue(Files.size(png) > 1000, "screenshot written to " + png);
	}

	@Test
	void theNavigatorShowsTheDemoSiteSeededOnFirstStartAndItsPropertiesFollowTheSelection() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		Tree tree = navigator.viewer().getTree();
		assertEquals(1, tree.getItemCount(), "one site in a new data directory");
		TreeItem demo = tree.getItem(0);
		assertEquals("demo-site", demo.getText());
		SiteFile file = (SiteFile) demo.getData();
		assertNotNull(file.site(), "the demo site loads: " + file.loadError());
		StorageUnit t3a = file.site().getSubsystems().get(0).getStorageUnits().get(0);
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(t3a.getVolumes().get(0)), true);
		Map<String, String> shown = propertiesShownWhen(properties, "RAID level");
		assertEquals("v0", shown.get("Name"), "the selected volume's name: " + shown);
		assertEquals("raid5", shown.get("RAID level"), shown.toString());
		// eight 36.4 GB disks in RAID 5: seven disks' worth of data
		assertEquals("254.8 GB (254,800,000,000 bytes)", shown.get("Capacity"), shown.toString());
		assertEquals("u1d9", shown.get("Hot standby"), shown.toString());
		StorageUnit se6120 = file.site().getSubsystems().get(1).getStorageUnits().get(1);
		navigator.viewer().setSelection(new StructuredSelection(se6120), true);
		shown = propertiesShownWhen(properties, "Catalog model");
		assertEquals("se6120", shown.get("Name"), "the properties followed the selection to the array: " + shown);
		assertEquals("6120", shown.get("Catalog model"), shown.toString());
		assertFalse(shown.containsKey("RAID level"), "nothing of the volume is left: " + shown);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "navigator-properties.png");
	}

	/** Name to value of every property row the Properties view shows, once a row named {@code row} is shown. */
	private static Map<String, String> propertiesShownWhen(PropertySheet properties, String row) {
		Display display = Display.getCurrent();
		Map<String, String> shown = new LinkedHashMap<>();
		long until = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < until) {
			UiTestSupport.flush(display);
			shown.clear();
			Tree tree = (Tree) properties.getCurrentPage().getControl();
			for (TreeItem category : tree.getItems()) {
				collect(category, shown);
			}
			if (shown.containsKey(row)) {
				return shown;
			}
		}
		return shown;
	}

	private static void collect(TreeItem item, Map<String, String> shown) {
		if (item.getItemCount() == 0) {
			shown.put(item.getText(0), item.getText(1));
		}
		for (TreeItem child : item.getItems()) {
			collect(child, shown);
		}
	}

	@Test
	void theDataDirectoryHoldsTheEmbeddedDatabaseCreatedOnFirstStart() throws Exception {
		Path data = RestripeUi.dataDirectory().path();
		assertTrue(Files.isDirectory(data.resolve("db")), "Derby database in " + data);
		assertTrue(RestripeUi.database().schemaVersion() >= 1);
		String about = AboutHandler.aboutText();
		assertTrue(about.startsWith("Restripe 1.0.0"), about);
		assertTrue(about.contains(data.toString()), about);
	}

	@Test
	void theDataDirectoryIsTheOneGivenWithMinusData() {
		Path expected = Paths.get(System.getProperty("osgi.instance.area").replaceFirst("^file:", "")).toAbsolutePath()
				.normalize();
		assertEquals(expected, RestripeUi.dataDirectory().path());
		assertNotNull(Display.getCurrent(), "tests run on the UI thread");
	}
}
