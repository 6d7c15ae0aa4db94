package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteFiles;
import org.restripe.model.samples.DemoSite;
import org.restripe.model.samples.SiteBuilder;
import org.restripe.ui.RestripeUi;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.views.SiteNavigatorView;

/** A host dragged (real X input) from another site in the Sites view lands in the diagram as a fresh copy. */
class NavigatorDropTest {
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	private Path otherSite;

	@AfterEach
	void cleanUp() throws Exception {
		page.closeAllEditors(false);
		if (otherSite != null) {
			Files.deleteIfExists(otherSite);
			((SiteNavigatorView) page.showView(SiteNavigatorView.ID)).refresh();
		}
	}

	@Test
	void aHostDraggedFromAnotherSiteIsAddedAsACopyWithFreshIdsAndUndoRemovesIt() throws Exception {
		Site other = DemoSite.create();
		SiteBuilder.place(SiteBuilder.host(other, "host-tape", "tapeserver", "Solaris 9"), 40, 10, 120, 60);
		otherSite = RestripeUi.dataDirectory().sites().resolve("other.restripe");
		SiteFiles.save(other, otherSite);
		DiagramBot bot = DiagramBot.openBesideViews(TestSites.demoDesign("drop"));
		SiteNavigatorView navigator = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
		navigator.refresh();
		SiteFile file = ((List<?>) navigator.viewer().getInput()).stream().map(SiteFile.class::cast)
				.filter(f -> f.path().equals(otherSite)).findFirst().orElseThrow();
		Host tape = file.site().getHosts().stream().filter(h -> "host-tape".equals(h.getId())).findFirst().orElseThrow();
		navigator.viewer().expandToLevel(file, 1);
		navigator.viewer().reveal(tape);
		bot.settle();
		TreeItem item = assertInstanceOf(TreeItem.class, navigator.viewer().testFindItem(tape));
		page.activate(bot.editor());
		bot.settle();
		Site site = bot.editor().site();
		int hostsBefore = site.getHosts().size();
		Point spot = bot.bareSitePoint(30);

		List<String> dnd = new ArrayList<>();
		((DragSource) navigator.viewer().getControl().getData(DND.DRAG_SOURCE_KEY)).addDragListener(
				new DragSourceAdapter() {
					@Override
					public void dragStart(DragSourceEvent event) {
						dnd.add("dragStart " + event.doit);
					}

					@Override
					public void dragFinished(DragSourceEvent event) {
						dnd.add("dragFinished " + event.detail);
					}
				});
		((DropTarget) bot.viewer().getControl().getData(DND.DROP_TARGET_KEY)).addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				dnd.add("dragEnter " + event.detail);
			}

			@Override
			public void drop(DropTargetEvent event) {
				dnd.add("drop " + event.detail);
			}
		});

		bot.dragAndDrop(bot.center((Tree) navigator.viewer().getControl(), item), bot.screenPointOfModel(spot.x, spot.y));
		bot.screenshot("navigator-drop.png");

		assertEquals(hostsBefore + 1, site.getHosts().size(), "the dropped host was added; drag and drop events: " + dnd);
		Host copy = site.getHosts().get(site.getHosts().size() - 1);
		assertEquals("tapeserver", copy.getName());
		assertFalse(copy.getId().equals(tape.getId()), "a copy never shares its original's id: " + copy.getId());
		assertEquals(copy, site.eResource().getEObject(copy.getId()), "its id is known in the site");
		assertTrue(Math.abs(copy.getX() - spot.x) <= 3 && Math.abs(copy.getY() - spot.y) <= 3,
				"placed where it was dropped: " + copy.getX() + "," + copy.getY() + " for " + spot);
		assertTrue(copy.getLans().isEmpty(), "no link leads into the other site");
		assertEquals(other.getHosts().size(), file.site().getHosts().size(), "the other site is untouched");
		bot.editor().getCommandStack().undo();
		bot.settle();
		assertEquals(hostsBefore, site.getHosts().size(), "undo takes the copy out again");
	}
}
