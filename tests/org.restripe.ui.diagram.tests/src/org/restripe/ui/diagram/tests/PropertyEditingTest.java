package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.properties.UndoablePropertySheetEntry;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.RaidLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;

/**
 * A volume's RAID level edited the way the Properties sheet edits it: GEF's undoable sheet entry over the
 * part's property source, a cell editor holding the new value, applied as one command on the editor's stack.
 */
class PropertyEditingTest {
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private Composite cells;

	@AfterEach
	void closeEditors() {
		if (cells != null) {
			cells.dispose();
		}
		page.closeAllEditors(false);
	}

	/** The demo site plus an IBM ESS 2105, whose catalog model knows RAID 1 and RAID 5 only. */
	private static Path siteWithEss() throws Exception {
		Site site = DemoSite.create();
		StorageUnit ess = SiteBuilder.storageUnit(site.getSubsystems().get(0),
				DeviceCatalog.standard().get("ESS-2105"), "ess", "ess", 1, 36_400_000_000L);
		SiteBuilder.place(ess, 620, 40, 90, 140);
		SiteBuilder.volume(ess, "v0", RaidLevel.RAID5, SiteBuilder.disks(ess, 1, 1, 4), null);
		return TestSites.design(site, "properties", "ess.restripe");
	}

	private static Volume volume(SiteDiagramEditor editor, String unitName) {
		return editor.site().getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> unitName.equals(u.getName())).findFirst().orElseThrow().getVolumes().get(0);
	}

	private IPropertySheetEntry raidLevelEntry(SiteDiagramEditor editor, Volume volume) {
		EditPart part = (EditPart) editor.getGraphicalViewer().getEditPartRegistry().get(volume);
		assertNotNull(part, "the volume is shown in its array");
		UndoablePropertySheetEntry root = new UndoablePropertySheetEntry(editor.getCommandStack());
		root.setValues(new Object[] { part });
		return Arrays.stream(root.getChildEntries()).filter(e -> "RAID level".equals(e.getDisplayName()))
				.findFirst().orElseThrow(() -> new AssertionError("the sheet lists the RAID level"));
	}

	private CellEditor cellEditor(IPropertySheetEntry entry) {
		if (cells == null) {
			cells = new Composite(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SWT.NONE);
		}
		CellEditor editor = entry.getEditor(cells);
		assertNotNull(editor, "the RAID level is editable in the editor's sheet");
		return editor;
	}

	@Test
	void aRaidLevelChosenInTheSheetIsOneUndoableCommand() throws Exception {
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, siteWithEss());
		Display.getCurrent().readAndDispatch();
		Volume v0 = volume(editor, "t3a");
		assertEquals(RaidLevel.RAID5, v0.getRaidLevel());
		IPropertySheetEntry raid = raidLevelEntry(editor, v0);
		ComboBoxCellEditor cell = (ComboBoxCellEditor) cellEditor(raid);
		List<String> offered = List.of(cell.getItems());
		assertEquals(List.of("raid0", "raid1", "raid5"), offered, "a T3+ offers what its catalog model supports");
		assertFalse(editor.isDirty());
		cell.setValue(offered.indexOf("raid1"));
		raid.applyEditorValue();
		assertEquals(RaidLevel.RAID1, v0.getRaidLevel(), "the model changed");
		assertTrue(editor.isDirty() && editor.getCommandStack().canUndo(), "through the editor's command stack");
		assertEquals("raid1", raid.getValueAsString());
		editor.getCommandStack().undo();
		assertEquals(RaidLevel.RAID5, v0.getRaidLevel(), "undo restores the RAID level");
		assertFalse(editor.isDirty());
	}

	@Test
	void aRaidLevelTheArrayDoesNotSupportCannotBeChosen() throws Exception {
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, siteWithEss());
		Display.getCurrent().readAndDispatch();
		Volume ess = volume(editor, "ess");
		IPropertySheetEntry raid = raidLevelEntry(editor, ess);
		ComboBoxCellEditor cell = (ComboBoxCellEditor) cellEditor(raid);
		assertEquals(List.of("raid1", "raid5"), List.of(cell.getItems()), "the ESS 2105 has no RAID 0");
		// a value past the offered choices is what a RAID 0 would have to be: the validator refuses it
		cell.setValue(cell.getItems().length);
		assertFalse(cell.isValueValid());
		assertEquals("RAID level: pick one of RAID 1, RAID 5", cell.getErrorMessage());
		raid.applyEditorValue();
		assertEquals(cell.getErrorMessage(), raid.getErrorText(), "the sheet shows the validator's message");
		assertEquals(RaidLevel.RAID5, ess.getRaidLevel(), "and the model is untouched");
		assertFalse(editor.getCommandStack().canUndo(), "no command ran");
	}
}
