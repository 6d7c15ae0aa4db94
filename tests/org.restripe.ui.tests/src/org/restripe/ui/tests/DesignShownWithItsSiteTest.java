package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.restripe.ui.DataDirectory;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.views.SiteNavigatorView;
import org.restripe.ui.wizards.NewClientPage;
import org.restripe.ui.wizards.NewRequestWizard;

/**
 * A site's design is shown with its site, "demo-site, design": the design's editor is titled so, the Sites
 * view lists it under its site (not as another site) and the New Request wizard offers only sites.
 */
class DesignShownWithItsSiteTest {
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@Test
	void theDesignAppearsUnderItsSiteAndNeverAsASite() throws Exception {
		Path current = RestripeUi.dataDirectory().sites().resolve(DataDirectory.DEMO_FILE);
		Path design = SiteEditorInput.desiredFileFor(current);
		boolean hadDesign = Files.exists(design);
		SiteNavigatorView sites = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		try {
			IEditorPart editor = SiteEditors.designNewConfiguration(page, current);
			UiTestSupport.flush(editor.getSite().getShell().getDisplay());
			assertEquals("demo-site, design", editor.getTitle(), "the design's editor names its site");

			Tree tree = sites.viewer().getTree();
			List<String> top = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
			assertTrue(top.contains("demo-site"), "the site is listed: " + top);
			assertFalse(top.stream().anyMatch(t -> t.contains("desired") || t.contains("design")),
					"its design is not listed as a site: " + top);
			TreeItem site = Arrays.stream(tree.getItems()).filter(i -> "demo-site".equals(i.getText())).findFirst()
					.orElseThrow();
			sites.viewer().setExpandedState(site.getData(), true);
			UiTestSupport.flush(tree.getDisplay());
			assertEquals("demo-site, design", site.getItem(0).getText(), "the design is shown under its site");
			ShellBot.shot(tree.getShell(), "sites-view-design.png");

			page.closeAllEditors(false);
			page.activate(sites);
			tree.showItem(site.getItem(0)); // other tests leave sites of their own in the data directory
			UiTestSupport.flush(tree.getDisplay());
			RealInput.clickAt(tree, site.getItem(0).getBounds(), 2);
			long until = System.currentTimeMillis() + 10_000;
			while (page.getActiveEditor() == null && System.currentTimeMillis() < until) {
				UiTestSupport.flush(tree.getDisplay());
			}
			assertTrue(page.getActiveEditor() != null, "a double click on the design opens it");
			assertEquals("demo-site, design", page.getActiveEditor().getTitle(), "a double click opens the design");
			page.closeAllEditors(false);

			NewRequestWizard wizard = new NewRequestWizard(DeskFixture.database(), DeskFixture.choices());
			WizardDialog dialog = DeskFixture.open(wizard);
			try {
				RealInput.click(wizard.kindPage().newClientButton());
				ShellBot.press(dialog.getShell(), "Next >");
				NewClientPage intake = wizard.newClientPage();
				List<String> offered = List.of(intake.siteField().getItems());
				assertTrue(offered.contains("demo-site"), "the wizard offers the site: " + offered);
				assertFalse(offered.stream().anyMatch(s -> s.contains("desired")), "and not its design: " + offered);
			} finally {
				dialog.close();
			}
		} finally {
			page.closeAllEditors(false);
			if (!hadDesign) {
				Files.deleteIfExists(design);
				sites.refresh();
			}
		}
	}
}
