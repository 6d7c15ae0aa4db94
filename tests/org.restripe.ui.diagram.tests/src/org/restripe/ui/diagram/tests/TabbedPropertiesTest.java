package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.restripe.model.RaidLevel;
import org.restripe.model.Volume;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.diagram.properties.TabSection;
import org.restripe.ui.views.SiteNavigatorView;

/** The editor's Properties view is tabbed; a tab's sheet edits through the editor's command stack. */
class TabbedPropertiesTest extends EditorTest {
	/** The sheet's row of that name; category rows are expanded the way a click on their twistie does. */
	private static IPropertySheetEntry row(Tree tree, String name) {
		for (TreeItem item : tree.getItems()) {
			if (name.equals(item.getText())) {
				return (IPropertySheetEntry) item.getData();
			}
			Event expand = new Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				if (name.equals(child.getText())) {
					return (IPropertySheetEntry) child.getData();
				}
			}
		}
		throw new AssertionError("no row " + name + " in the sheet");
	}

	@Test
	void aSelectedVolumeShowsItsTabsAndItsConfigurationTabEditsThroughTheCommandStack() throws Exception {
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, TestSites.demoDesign("tabbed"));
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		Volume v0 = editor.site().getSubsystems().get(0).getStorageUnits().get(0).getVolumes().get(0);
		EditPart part = (EditPart) editor.getGraphicalViewer().getEditPartRegistry().get(v0);
		editor.getGraphicalViewer().select(part);
		settle();
		TabbedPropertySheetPage tabbed = assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage());
		List<String> tabs = Arrays.stream(tabbed.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
		assertEquals(List.of("General", "Configuration", "Capacity"), tabs, "a volume's disks are its configuration");
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.configuration");
		settle();
		ISection section = tabbed.getCurrentTab().getSections()[0];
		PropertySheetPage configuration = ((TabSection) section).sheet();
		Tree tree = (Tree) configuration.getControl();
		IPropertySheetEntry raid = row(tree, "RAID level");
		UiShots.take("tabbed-properties.png");
		CellEditor cell = raid.getEditor(tree);
		assertNotNull(cell, "the RAID level is editable in the Configuration tab");
		cell.setValue(List.of(((org.eclipse.jface.viewers.ComboBoxCellEditor) cell).getItems()).indexOf("raid1"));
		raid.applyEditorValue();
		assertEquals(RaidLevel.RAID1, v0.getRaidLevel());
		assertTrue(editor.getCommandStack().canUndo() && editor.isDirty(), "the tab's change is a command");
		editor.getCommandStack().undo();
		assertEquals(RaidLevel.RAID5, v0.getRaidLevel());
	}

	@Test
	void theSiteItselfShowsItsPropertiesWhenNothingOrTheBackgroundIsSelected() throws Exception {
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, TestSites.demoDesign("tabbed-site"));
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(editor);
		editor.getGraphicalViewer().deselectAll();
		settle();
		EditPart root = editor.getGraphicalViewer().getContents();
		assertEquals(List.of(root), ((IStructuredSelection) editor.getGraphicalViewer().getSelection()).toList(),
				"with nothing selected the viewer's selection is the site's own part");
		TabbedPropertySheetPage tabbed = assertInstanceOf(TabbedPropertySheetPage.class, sheet.getCurrentPage());
		List<String> tabs = Arrays.stream(tabbed.getActiveTabs()).map(ITabDescriptor::getLabel).toList();
		assertEquals(List.of("General", "Configuration"), tabs, "a site has no capacities and no cables of its own");
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.general");
		settle();
		Tree general = (Tree) ((TabSection) tabbed.getCurrentTab().getSections()[0]).sheet().getControl();
		assertEquals(editor.site().getId(), row(general, "Id").getValueAsString());
		assertEquals(editor.site().getName(), row(general, "Name").getValueAsString());
		tabbed.setSelectedTab("org.restripe.ui.diagram.tab.configuration");
		settle();
		Tree tree = (Tree) ((TabSection) tabbed.getCurrentTab().getSections()[0]).sheet().getControl();
		IPropertySheetEntry customer = row(tree, "Customer");
		String before = editor.site().getCustomer();
		UiShots.take("tabbed-properties-site.png");
		CellEditor cell = customer.getEditor(tree);
		assertNotNull(cell, "the customer is editable in the Configuration tab");
		cell.setValue("Another customer");
		customer.applyEditorValue();
		assertEquals("Another customer", editor.site().getCustomer());
		assertTrue(editor.getCommandStack().canUndo() && editor.isDirty(), "the site's change is a command");
		editor.getCommandStack().undo();
		assertEquals(before, editor.site().getCustomer());
	}

	@Test
	void theSitesNavigatorKeepsItsPlainReadOnlySheet() throws Exception {
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(navigator);
		Object first = ((List<?>) navigator.viewer().getInput()).get(0);
		navigator.viewer().setSelection(new StructuredSelection(first), true);
		settle();
		assertInstanceOf(PropertySheetPage.class, sheet.getCurrentPage(), "not tabbed: the navigator shows a file");
		assertFalse(sheet.getCurrentPage() instanceof TabbedPropertySheetPage);
	}
}
