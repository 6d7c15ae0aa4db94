package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.CommandStackEventListener;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.tests.RealInput;

/**
 * The current configuration is what discovery established: its diagram opens read-only, says so in a banner,
 * and no gesture (drag, Delete, F2 rename, palette) changes it; Save is never offered and the file stays as it
 * was. The banner's Design New Configuration opens the site's design, which is editable.
 */
class CurrentConfigurationTest {

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theCurrentConfigurationCannotBeChangedFromTheEditor() throws Exception {
		Path current = TestSites.demoCopy("current-read-only");
		byte[] before = Files.readAllBytes(current);
		DiagramBot bot = DiagramBot.open(current);
		SiteDiagramEditor editor = bot.editor();
		Site untouched = EcoreUtil.copy(editor.site());
		int[] executed = { 0 };
		CommandStackEventListener counter = e -> {
			if (e.isPostChangeEvent()) {
				executed[0]++;
			}
		};
		editor.getCommandStack().addCommandStackEventListener(counter);

		assertTrue(editor.isReadOnly(), "a current configuration opens read-only");
		assertNotNull(editor.banner(), "a banner says so");
		assertTrue(editor.banner().control().isVisible());
		assertTrue(editor.banner().message().startsWith("Read-only: this is the current configuration of demo"),
				editor.banner().message());
		assertFalse(bot.hasPaletteEntry("Host"), "the palette offers nothing to add");
		bot.screenshot("current-read-only.png");

		Host web1 = editor.site().getHosts().get(1);
		Point center = bot.center(bot.partOf(web1));
		bot.drag(center, new Point(center.x + 80, center.y + 50));
		bot.click(bot.center(bot.partOf(web1)));
		ActionRegistry actions = (ActionRegistry) editor.getAdapter(ActionRegistry.class);
		assertFalse(actions.getAction(ActionFactory.DELETE.getId()).isEnabled(), "Delete is not offered");
		bot.key("Delete");
		bot.key("F2");
		bot.type("renamed");
		bot.key("Return");
		bot.key("ctrl+s");

		assertTrue(EcoreUtil.equals(untouched, editor.site()), "the drag, Delete and rename changed nothing");
		assertEquals(0, executed[0], "no command executed");
		assertEquals(0, editor.getCommandStack().getCommands().length);
		assertFalse(editor.getCommandStack().canUndo(), "nothing to undo");
		assertFalse(editor.isDirty(), "the editor never becomes dirty");
		assertFalse(actions.getAction(ActionFactory.SAVE.getId()).isEnabled(), "Save is not offered");
		assertFalse(actions.getAction(ActionFactory.UNDO.getId()).isEnabled());
		assertArrayEquals(before, Files.readAllBytes(current), "the file is unchanged");
		editor.getCommandStack().removeCommandStackEventListener(counter);
	}

	/** As a read-only file in the text editor: the Properties view shows the rows, and no cell takes typing. */
	@Test
	void thePropertiesOfTheCurrentConfigurationOfferNoCellEditors() throws Exception {
		Path current = TestSites.demoCopy("current-properties");
		DiagramBot bot = DiagramBot.open(current);
		Host host = bot.editor().site().getHosts().get(1);
		org.eclipse.swt.widgets.Shell shell = bot.editor().getSite().getShell();
		assertEquals(0, cellEditors(bot.partOf(host), shell), "no row of the current configuration can be edited");

		DiagramBot design = DiagramBot.open(TestSites.demoDesign("current-properties-design"));
		Host same = design.editor().site().getHosts().get(1);
		assertTrue(cellEditors(design.partOf(same), shell) > 0, "the same rows of a design can be edited");
	}

	private static int cellEditors(org.eclipse.gef.EditPart part, org.eclipse.swt.widgets.Shell shell) {
		org.eclipse.ui.views.properties.IPropertySource source = part.getAdapter(
				org.eclipse.ui.views.properties.IPropertySource.class);
		assertNotNull(source, "the figure has properties");
		int editors = 0;
		for (org.eclipse.ui.views.properties.IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			org.eclipse.jface.viewers.CellEditor cell = descriptor.createPropertyEditor(shell);
			if (cell != null) {
				editors++;
				cell.dispose();
			}
		}
		return editors;
	}

	@Test
	void theBannerOpensTheSitesDesignForEditing() throws Exception {
		Path current = TestSites.demoCopy("current-design-new");
		DiagramBot bot = DiagramBot.openBesideViews(current);
		RealInput.click(bot.editor().banner().designButton());
		bot.settle();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart active = page.getActiveEditor();
		assertTrue(active instanceof SiteDiagramEditor, "a diagram editor is active: " + active);
		SiteDiagramEditor design = (SiteDiagramEditor) active;
		assertEquals(SiteEditorInput.desiredFileFor(current), design.file(), "the site's design opened");
		assertTrue(Files.exists(design.file()), "made from the current configuration");
		assertFalse(design.isReadOnly(), "the design is editable");
		assertNull(design.banner());
		assertNotNull(design.current(), "and knows the configuration it was designed from");
	}
}
