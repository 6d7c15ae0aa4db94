package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.RestripeFactory;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.persist.SiteFiles;
import org.restripe.review.Finding;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.design.ReviewView;
import org.restripe.ui.design.SiteEditorInput;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.commands.CreateElementCommand;
import org.restripe.ui.diagram.commands.PasteCommand;
import org.restripe.ui.diagram.commands.RenameCommand;
import org.restripe.ui.diagram.editor.DiagramImages;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.diagram.parts.Markable;

/** Design new configuration, changes highlighted, the plan and the review following the design, save, PNG. */
class DesignWorkflowTest extends EditorTest {
	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	@Test
	void aDesiredConfigurationShowsItsChangesAndItsPlanAsTheDesignChanges() throws Exception {
		Path current = TestSites.demoCopy("workflow");
		PlanView plan = (PlanView) page.showView(PlanView.ID);
		SiteDiagramEditor desired = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		settle();
		assertEquals(SiteEditorInput.desiredFileFor(current), desired.file());
		assertNotNull(desired.current(), "the desired design knows the current configuration");
		assertTrue(plan.plan() != null && plan.plan().isEmpty(), "an untouched copy needs no change");
		StorageUnit t3d = unit(desired.site(), "t3d");
		desired.getCommandStack().execute(new CreateElementCommand(t3d, RestripeFactory.eINSTANCE.createTray(), null));
		settle();
		assertTrue(desired.changedIds().contains("t3d"), "the array with a new tray is a change");
		Markable part = (Markable) desired.getGraphicalViewer().getEditPartRegistry().get(t3d);
		assertTrue(part.marks().changed(), "and is highlighted");
		assertFalse(plan.plan().isEmpty(), "the plan lists the tray addition: " + plan.refusals());
		assertEquals(plan.plan().steps().size(), plan.viewer().getTable().getItemCount());
		UiShots.take("workflow-plan.png");
		desired.getCommandStack().undo();
		settle();
		assertTrue(plan.plan().isEmpty(), "undo takes the step out of the plan again");
		assertFalse(part.marks().changed());
	}

	@Test
	void reviewFindingsMarkTheFiguresAndADoubleClickedFindingSelectsItsElement() throws Exception {
		Path file = TestSites.demoDesign("review");
		ReviewView review = (ReviewView) page.showView(ReviewView.ID);
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, file);
		settle();
		Host web1 = editor.site().getHosts().get(1);
		Host web2 = editor.site().getHosts().get(2);
		editor.getCommandStack().execute(new RenameCommand(web2, web1.getName()));
		settle();
		Finding duplicate = editor.findings().stream().filter(f -> web2.getId().equals(f.elementId())
				|| web1.getId().equals(f.elementId())).findFirst().orElseThrow(() -> new AssertionError(
						"two hosts of one name are a finding: " + editor.findings()));
		assertTrue(review.shownFindings().contains(duplicate), "the Review view lists it");
		EditPart part = (EditPart) editor.getGraphicalViewer().getEditPartRegistry().get(
				editor.site().eResource().getEObject(duplicate.elementId()));
		assertNotNull(((Markable) part).marks().severity(), "its figure carries the marker");
		assertTrue(editor.reveal(duplicate.elementId()));
		assertEquals(List.of(part), editor.getGraphicalViewer().getSelectedEditParts());
		UiShots.take("review-marked.png");
	}

	@Test
	void saveIsAtomicAndClearsTheDirtyMarkAndPasteCopiesWithNewIds() throws Exception {
		Path file = TestSites.demoDesign("save");
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, file);
		settle();
		Subsystem web = editor.site().getSubsystems().get(1);
		StorageUnit t3d = unit(editor.site(), "t3d");
		PasteCommand paste = new PasteCommand(editor.site(), List.of(t3d), web);
		editor.getCommandStack().execute(paste);
		StorageUnit copy = (StorageUnit) paste.pasted().get(0);
		assertEquals(t3d.getX() + 20, copy.getX());
		assertFalse(copy.getId().equals(t3d.getId()), "a copy never shares an id");
		assertTrue(editor.isDirty());
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		assertFalse(editor.isDirty(), "saved");
		Site reloaded = SiteFiles.load(file);
		assertNotNull(reloaded.eResource().getEObject(copy.getId()), "the pasted array is in the file");
		Path png = Paths.get(System.getProperty("restripe.screenshots", "target/screenshots")).resolve("diagram-export.png");
		DiagramImages.savePng(editor.getGraphicalViewer(), png);
		assertTrue(Files.size(png) > 2000, "the diagram was exported as PNG: " + png);
	}

	@Test
	void aSiteWithoutPositionsIsLaidOutWhenOpened() throws Exception {
		Site site = org.restripe.model.samples.DemoSite.create();
		site.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.restripe.model.DiagramElement node) {
				node.setWidth(0);
				node.setHeight(0);
			}
		});
		Path file = TestSites.save(site, "layout", "discovered.restripe");
		SiteDiagramEditor editor = (SiteDiagramEditor) SiteEditors.open(page, file);
		settle();
		editor.site().eAllContents().forEachRemaining(o -> {
			if (o instanceof org.restripe.model.DiagramElement node) {
				assertTrue(node.getWidth() > 0 && node.getHeight() > 0, node.getName() + " was placed");
			}
		});
		assertFalse(editor.isDirty(), "laying out on open is not an edit");
		assertNull(editor.current());
		UiShots.take("auto-layout.png");
	}
}
