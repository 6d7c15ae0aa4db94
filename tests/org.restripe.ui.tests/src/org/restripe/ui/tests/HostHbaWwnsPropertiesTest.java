package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.samples.DemoSite;
import org.restripe.ui.properties.EObjectPropertySource;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.views.SiteNavigatorView;

/**
 * A host's HBA WWNs, which the arrays' LUN masking grants: the Properties view shows them as one row, and
 * in a design they are typed comma separated, a malformed one refused with a message naming it.
 */
class HostHbaWwnsPropertiesTest {

	@Test
	void theSitesViewShowsWebserver2sHbaWwnsInOneRow() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		SiteFile file = (SiteFile) navigator.viewer().getTree().getItem(0).getData();
		assertNotNull(file.site(), "the demo site loads: " + file.loadError());
		Host web2 = file.site().getHosts().stream().filter(h -> h.getName().equals("webserver2")).findFirst()
				.orElseThrow();
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(web2), true);
		Map<String, String> shown = propertiesShownWhen(properties, "HBA WWNs");
		assertEquals("210000e08b0a1b21, 210000e08b0a1b22", shown.get("HBA WWNs"), shown.toString());
		assertFalse(shown.containsKey("Hba wwns"), "no second, raw row of the list: " + shown);
	}

	@Test
	void inADesignTheWwnsAreTypedCommaSeparatedAndABadOneIsRefusedByName() {
		Host web1 = DemoSite.create().getHosts().get(1);
		EObjectPropertySource source = new EObjectPropertySource(web1, true);
		PropertyDescriptor row = (PropertyDescriptor) Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("HBA WWNs")).findFirst().orElseThrow();
		assertEquals(1, Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
				.filter(n -> n.toLowerCase().contains("wwn")).count(), "one row for the WWNs");
		assertEquals("210000e08b0a1b11", source.getPropertyValue(row.getId()));
		Shell shell = new Shell(Display.getCurrent());
		try {
			TextCellEditor cell = (TextCellEditor) row.createPropertyEditor(shell);
			Text text = (Text) cell.getControl();
			text.setText("210000e08b0a1b11, host7");
			assertFalse(cell.isValueValid());
			assertEquals("HBA WWNs: host7 is not a world wide name (16 hex digits, e.g. 210000e08b0a1b01)",
					cell.getErrorMessage());
			text.setText("210000e08b0a1b1");
			assertEquals("HBA WWNs: 210000e08b0a1b1 is not a world wide name (16 hex digits, e.g. 210000e08b0a1b01)",
					cell.getErrorMessage());
			text.setText("210000e08b0a1b11, 21:00:00:E0:8B:0A:1B:12");
			assertTrue(cell.isValueValid(), "colons as HBA tools print them: " + cell.getErrorMessage());
		} finally {
			shell.dispose();
		}
		source.setPropertyValue(row.getId(), "210000e08b0a1b11, 21:00:00:E0:8B:0A:1B:12");
		assertEquals(List.of("210000e08b0a1b11", "210000e08b0a1b12"), web1.getHbaWwns(), "kept as arrays print them");
		source.setPropertyValue(row.getId(), "");
		assertEquals(List.of(), web1.getHbaWwns(), "emptied, the host gets no masking");
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
}
