package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.diagram.properties.TabSection;
import org.restripe.ui.tests.RealInput;

/**
 * A group of the Properties view the engineer closed (the array's cache settings) stays closed, and one opened
 * again stays open, while other figures are clicked in between, even figures without that group or without that
 * tab; the twisties are clicked as a person does, and so are the figures.
 */
class GroupsStayExpandedTest extends EditorTest {
	private static final String CONFIGURATION_TAB = "org.restripe.ui.diagram.tab.configuration";
	private static final String LAYOUT_TAB = "org.restripe.ui.diagram.tab.layout";
	private DiagramBot bot;
	private SiteDiagramEditor editor;

	@AfterEach
	void settleAfter() {
		if (bot != null) {
			bot.settle();
		}
	}

	private void open(String folder) throws Exception {
		page.showView(IPageLayout.ID_PROP_SHEET);
		editor = (SiteDiagramEditor) SiteEditors.open(page, TestSites.demoDesign(folder));
		editor.getSite().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		page.activate(editor);
		bot = DiagramBot.of(editor);
		bot.zoom(0.5);
		bot.scrollToModel(0, 0);
	}

	private StorageUnit unit(String name) {
		return editor.site().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	/** A real click on the figure (an array on its title line, a volume on its row). */
	private void click(Object element) {
		Rectangle r = bot.screenBounds(bot.partOf(element));
		bot.click(element instanceof StorageUnit ? new Point(r.x + r.width / 2, r.y + 5)
				: new Point(r.x + Math.min(40, r.width / 2), r.y + r.height / 2));
		settle();
		assertEquals(List.of(bot.partOf(element)), editor.getGraphicalViewer().getSelectedEditParts(),
				"the click selected " + element);
	}

	private TabbedPropertySheetPage tabbed() {
		return (TabbedPropertySheetPage) ((PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET)).getCurrentPage();
	}

	/** The tab's sheet, the tab chosen first when the selection has it and it is not the one showing. */
	private Tree sheet(String tabId) {
		TabbedPropertySheetPage tabbed = tabbed();
		if (!tabId.equals(tabbed.getSelectedTab().getId())) {
			tabbed.setSelectedTab(tabId);
			settle();
		}
		return (Tree) ((TabSection) tabbed.getCurrentTab().getSections()[0]).sheet().getControl();
	}

	private static TreeItem group(Tree tree, String name) {
		for (TreeItem item : tree.getItems()) {
			if (name.equals(item.getText())) {
				return item;
			}
		}
		throw new AssertionError("no group " + name + " in the sheet: " + texts(tree));
	}

	private static List<String> texts(Tree tree) {
		return java.util.Arrays.stream(tree.getItems()).map(i -> i.getText() + (i.getExpanded() ? " (open)" : "")).toList();
	}

	/** A real click on the group's twistie, left of its name, until the group is open or closed as asked. */
	private static void clickTwistie(Tree tree, String name, boolean open) {
		TreeItem item = group(tree, name);
		assertEquals(!open, item.getExpanded(), name + " before the click: " + texts(tree));
		// the rows laid out where they are drawn, and the last click long enough ago not to make a double-click
		tree.showItem(item);
		tree.update();
		settle();
		settle();
		org.eclipse.swt.graphics.Rectangle text = item.getBounds();
		RealInput.clickAt(tree, new org.eclipse.swt.graphics.Rectangle(text.x - 16, text.y, 16, text.height), 1);
		long until = System.currentTimeMillis() + 5_000;
		while (group(tree, name).getExpanded() != open && System.currentTimeMillis() < until) {
			settle();
		}
		assertEquals(open, group(tree, name).getExpanded(), "the click on the twistie of " + name + " at " + text
				+ ": " + texts(tree));
	}

	@Test
	void aClosedGroupStaysClosedAndAnOpenedOneOpenAcrossFiguresWithoutIt() throws Exception {
		open("groups-tabbed");
		StorageUnit t3a = unit("t3a");
		Volume v0 = t3a.getVolumes().get(0);
		click(t3a);
		Tree tree = sheet(CONFIGURATION_TAB);
		assertTrue(group(tree, "Configuration").getExpanded() && group(tree, "Cache settings").getExpanded(),
				"both groups start open: " + texts(tree));
		clickTwistie(tree, "Cache settings", false);

		click(v0); // a volume has no cache settings
		assertEquals(List.of("Configuration (open)"), texts(sheet(CONFIGURATION_TAB)));
		click(t3a);
		tree = sheet(CONFIGURATION_TAB);
		assertEquals(List.of("Cache settings", "Configuration (open)"), texts(tree), "closed as the engineer left it");
		bot.screenshot("groups-kept-closed.png");

		clickTwistie(tree, "Cache settings", true);
		clickTwistie(tree, "Configuration", false);
		click(v0);
		assertEquals(List.of("Configuration"), texts(sheet(CONFIGURATION_TAB)), "the volume's group closed too");
		click(unit("t3d"));
		assertEquals(List.of("Cache settings (open)", "Configuration"), texts(sheet(CONFIGURATION_TAB)),
				"another array shows the groups as the engineer left them");
	}

	@Test
	void aGroupOfATabTheNextFigureLacksIsKeptForTheTabsReturn() throws Exception {
		open("groups-layout");
		StorageUnit t3a = unit("t3a");
		click(t3a);
		Tree layout = sheet(LAYOUT_TAB);
		clickTwistie(layout, group(layout, "Configuration").getText(), false);
		click(t3a.getVolumes().get(0)); // a volume is drawn in its array: no Layout tab
		assertTrue(java.util.Arrays.stream(tabbed().getActiveTabs()).noneMatch(t -> LAYOUT_TAB.equals(t.getId())),
				"a volume has no Layout tab");
		click(unit("t3d"));
		assertEquals(List.of("Configuration"), texts(sheet(LAYOUT_TAB)), "the layout group is still closed");
	}
}
