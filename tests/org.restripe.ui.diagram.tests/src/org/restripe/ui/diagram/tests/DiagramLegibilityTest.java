package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.DiagramElement;
import org.restripe.model.Host;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.design.ReviewView;
import org.restripe.ui.diagram.commands.CreateElementCommand;
import org.restripe.ui.diagram.figures.Palette;
import org.restripe.ui.diagram.parts.NodePart;
import org.restripe.ui.diagram.properties.TabSection;
import org.restripe.ui.diagram.properties.TabTitles;

/**
 * What the engineer reads off the diagram: new figures land in free room, Arrange Automatically overlaps and
 * clips nothing, a changed element stands out, layout values sit in their own tab, kinds and counts in words.
 */
class DiagramLegibilityTest {
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void aHostPlacedOnAnotherHostLandsInFreeRoomBesideIt() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("free-room"));
		Site site = bot.editor().site();
		Host web1 = site.getHosts().get(1);
		int before = site.getHosts().size();
		bot.choosePaletteEntry("Host");
		bot.click(bot.center(bot.partOf(web1)));
		assertEquals(before + 1, site.getHosts().size(), "a host was added");
		Host added = site.getHosts().get(before);
		bot.screenshot("free-room.png");
		for (DiagramElement other : topLevel(site)) {
			if (other != added) {
				assertFalse(bounds(added).intersects(bounds(other)), "the new host covers " + other.getName());
			}
		}
		int dx = added.getX() - (web1.getX() + web1.getWidth() / 2);
		int dy = added.getY() - (web1.getY() + web1.getHeight() / 2);
		assertTrue(dx * dx + dy * dy < 300 * 300, "and lands near where it was put: " + bounds(added));
	}

	@Test
	void arrangeAutomaticallyLeavesNoOverlapAndClipsNoText() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("arrange"));
		((ActionRegistry) bot.editor().getAdapter(ActionRegistry.class)).getAction("org.restripe.ui.diagram.arrange").run();
		bot.settle();
		bot.screenshot("arranged.png");
		Site site = bot.editor().site();
		assertNoOverlap(bot, topLevel(site));
		for (Subsystem subsystem : site.getSubsystems()) {
			assertNoOverlap(bot, new ArrayList<>(subsystem.getStorageUnits()));
		}
		for (Object part : bot.viewer().getEditPartRegistry().values()) {
			if (part instanceof NodePart node) {
				assertFits(node.getFigure(), node.element().getName());
				for (Object child : node.getChildren()) {
					assertFits(((GraphicalEditPart) child).getFigure(), node.element().getName() + "'s "
							+ ((GraphicalEditPart) child).getModel());
				}
			}
		}
	}

	@Test
	void aChangedArrayStandsOutFromTheOthers() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("highlight"));
		Site site = bot.editor().site();
		StorageUnit t3d = unit(site, "t3d");
		StorageUnit t3a = unit(site, "t3a");
		bot.editor().getCommandStack().execute(new CreateElementCommand(t3d, RestripeFactory.eINSTANCE.createTray(), null));
		bot.editor().reviewNow();
		bot.settle();
		bot.screenshot("highlight.png");
		RGB changedFill = pixel(bot, t3d, false);
		RGB changedLine = pixel(bot, t3d, true);
		RGB plainFill = pixel(bot, t3a, false);
		assertEquals(Palette.CHANGED_FILL.getRGB(), changedFill, "the changed array is filled amber");
		assertEquals(Palette.CHANGED_LINE.getRGB(), changedLine, "and outlined in orange");
		assertEquals(Palette.STORAGE_UNIT.getRGB(), plainFill, "an unchanged array keeps its fill");
		assertTrue(distance(changedFill, plainFill) >= 100, "the difference is plain to see: " + changedFill + " vs "
				+ plainFill);
		for (Color other : List.of(Palette.CHANNEL, Palette.OUTLINE, Palette.ERROR, Palette.LAN_LINK)) {
			assertTrue(distance(changedLine, other.getRGB()) >= 100, "the outline is not mistaken for " + other);
		}
	}

	@Test
	void kindsAndCountsReadInWordsAndLayoutSitsInItsOwnTab() throws Exception {
		PlanView plan = (PlanView) page.showView(PlanView.ID);
		ReviewView review = (ReviewView) page.showView(ReviewView.ID);
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		DiagramBot bot = DiagramBot.openBesideViews(TestSites.demoDesign("words"));
		Site site = bot.editor().site();
		StorageUnit t3d = unit(site, "t3d");
		GraphicalEditPart part = bot.partOf(t3d);
		assertEquals("t3d, Storage unit", new TabTitles().getText(new StructuredSelection(part)));
		bot.editor().getCommandStack().execute(new CreateElementCommand(t3d, RestripeFactory.eINSTANCE.createTray(), null));
		assertEquals("Add tray", bot.editor().getCommandStack().getUndoCommand().getLabel());
		bot.settle();
		assertTrue(plan.getContentDescription().matches("\\d+ steps?, risk .*"), plan.getContentDescription());
		if (plan.plan().steps().size() == 1) {
			assertTrue(plan.getContentDescription().startsWith("1 step, "), plan.getContentDescription());
		}
		String findings = review.getContentDescription();
		assertTrue(findings.matches("(1 finding|\\d+ findings) for .*"), findings);

		Host web1 = site.getHosts().get(1);
		page.activate(bot.editor());
		bot.viewer().select(bot.partOf(web1));
		bot.settle();
		TabbedPropertySheetPage tabbed = assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage());
		List<String> tabs = Arrays.stream(tabbed.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
		assertTrue(tabs.contains("Layout"), "a host's figure has a Layout tab: " + tabs);
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.configuration");
		bot.settle();
		List<String> configuration = rows(tabbed);
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.layout");
		bot.settle();
		List<String> layout = rows(tabbed);
		System.out.println("CONFIGURATION " + configuration + " LAYOUT " + layout);
		assertEquals(4, layout.size(), "x, y, width and height: " + layout);
		for (String row : layout) {
			assertFalse(configuration.contains(row), row + " is layout, not configuration: " + configuration);
		}
	}

	private static List<String> rows(TabbedPropertySheetPage tabbed) {
		TabSection section = (TabSection) tabbed.getCurrentTab().getSections()[0];
		Tree tree = (Tree) section.sheet().getControl();
		List<String> rows = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			item.setExpanded(true);
			if (item.getItemCount() == 0) {
				rows.add(item.getText());
			}
			for (TreeItem child : item.getItems()) {
				rows.add(child.getText());
			}
		}
		return rows;
	}

	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream()).filter(u -> name.equals(u.getName()))
				.findFirst().orElseThrow();
	}

	private static List<DiagramElement> topLevel(Site site) {
		List<DiagramElement> nodes = new ArrayList<>(site.getLans());
		nodes.addAll(site.getSubsystems());
		nodes.addAll(site.getHosts());
		nodes.add(site.getManagementHost());
		nodes.add(site.getModem());
		return nodes;
	}

	private static Rectangle bounds(DiagramElement node) {
		return new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight());
	}

	private static void assertNoOverlap(DiagramBot bot, List<DiagramElement> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				Rectangle a = bot.partOf(nodes.get(i)).getFigure().getBounds();
				Rectangle b = bot.partOf(nodes.get(j)).getFigure().getBounds();
				assertFalse(a.intersects(b), nodes.get(i).getName() + " " + a + " overlaps " + nodes.get(j).getName() + " " + b);
			}
		}
	}

	/** A figure shows all its text when it is at least as large as it wants to be at its width. */
	private static void assertFits(IFigure figure, String what) {
		Rectangle r = figure.getBounds();
		Dimension wanted = figure.getPreferredSize(r.width, -1);
		assertTrue(wanted.height <= r.height, what + " clips its text: wants " + wanted + " in " + r);
	}

	/** A pixel of the node as drawn: on its left outline, or inside near its bottom-right corner. */
	private static RGB pixel(DiagramBot bot, DiagramElement node, boolean outline) {
		Rectangle r = bot.partOf(node).getFigure().getBounds().getCopy();
		bot.partOf(node).getFigure().translateToAbsolute(r);
		int x = outline ? r.x + 2 : r.right() - 14;
		int y = outline ? r.y + r.height / 2 : r.bottom() - 14;
		Control canvas = bot.viewer().getControl();
		Image image = new Image(canvas.getDisplay(), canvas.getSize().x, canvas.getSize().y);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(x, y));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static int distance(RGB a, RGB b) {
		return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue);
	}
}
