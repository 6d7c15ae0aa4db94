package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;
import org.restripe.ui.design.ReviewView;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.tests.RealInput;

/**
 * A review finding names its element and says what to change on it; a real double-click on the finding in the
 * Review view selects and shows that element's figure in the diagram, as the Problems view goes to a marker.
 */
class FindingGoesToItsFigureTest extends EditorTest {

	/** The demo site with t3a's volume left without its hot standby: the review warns about v0. */
	private static Site withoutStandby() {
		Site site = DemoSite.create();
		StorageUnit t3a = site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> "t3a".equals(u.getName())).findFirst().orElseThrow();
		Volume v0 = t3a.getVolumes().get(0);
		Disk spare = v0.getStandby();
		v0.setStandby(null);
		spare.setRole(DiskRole.UNASSIGNED);
		return site;
	}

	@Test
	void aDoubleClickedFindingSelectsAndShowsTheFigureItNames() throws Exception {
		ReviewView review = (ReviewView) page.showView(ReviewView.ID);
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page,
				TestSites.design(withoutStandby(), "finding-goes-to-figure", "demo.restripe"));
		editor.getSite().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		settle();
		editor.getGraphicalViewer().deselectAll();
		settle();
		Table table = review.viewer().getTable();
		TableItem row = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("v0 on t3a")).findFirst()
				.orElseThrow(() -> new AssertionError("the Review view names the volume: " + rows(table)));
		assertEquals("Make u1d9 the standby of v0.", row.getText(3), "the fix names the disk and the volume");
		Volume v0 = (Volume) editor.site().eResource().getEObject("t3a-v0");
		assertNotNull(v0);

		table.showItem(row);
		settle();
		RealInput.clickAt(table, row.getBounds(2), 2);
		settle();
		Object part = editor.getGraphicalViewer().getEditPartRegistry().get(v0);
		assertEquals(List.of(part), editor.getGraphicalViewer().getSelectedEditParts(), "the double-click selected v0");
		assertEquals(editor, page.getActivePart(), "and went to the editor");
		UiShots.take("finding-goes-to-figure.png");
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(i -> i.getText(1) + " | " + i.getText(2) + " | " + i.getText(3))
				.toList();
	}
}
