package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.model.ChangeKind;
import org.restripe.ui.design.PlanView;

/**
 * Real press-move-release gestures (xdotool): a palette entry dragged onto the canvas or into a subsystem
 * creates the element where it was dropped; a storage unit dragged from one subsystem into another moves
 * there as one undoable command, and the Plan view lists the device move.
 */
class PaletteDragAndDeviceMoveTest {
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void aHostDraggedFromThePaletteLandsWhereItWasDropped() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("palette-drag-host"));
		Site site = bot.editor().site();
		int before = site.getHosts().size();
		// below every figure, so the host fits where it is dropped (a drop onto a figure lands beside it)
		int below = site.getHosts().stream().mapToInt(h -> h.getY() + h.getHeight()).max().orElse(0);
		below = Math.max(below, site.getModem().getY() + site.getModem().getHeight());
		below = Math.max(below, site.getManagementHost().getY() + site.getManagementHost().getHeight());
		org.eclipse.draw2d.geometry.Point bare = new org.eclipse.draw2d.geometry.Point(300, below + 40);
		bot.dragAndDrop(bot.paletteEntryCenter("Host"), bot.screenPointOfModel(bare.x, bare.y));
		assertEquals(before + 1, site.getHosts().size(), "a host was created by dragging the palette entry");
		Host host = site.getHosts().get(before);
		assertEquals(bare.x, host.getX(), 3, "dropped where the mouse was released");
		assertEquals(bare.y, host.getY(), 3);
		bot.screenshot("palette-drag-host.png");
		bot.key("ctrl+z");
		assertEquals(before, site.getHosts().size(), "the drop is one undoable command");
	}

	@Test
	void aStorageUnitDraggedFromThePaletteJoinsTheSubsystemItWasDroppedOn() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("palette-drag-unit"));
		Subsystem database = bot.editor().site().getSubsystems().get(0);
		int before = database.getStorageUnits().size();
		String model = DeviceCatalog.standard().models().iterator().next().id();
		bot.dragAndDrop(bot.paletteEntryCenter(model), freeRoomIn(bot, database));
		assertEquals(before + 1, database.getStorageUnits().size(), "a " + model + " joined " + database.getName());
		assertEquals(model, database.getStorageUnits().get(before).getCatalogModel());
		bot.screenshot("palette-drag-unit.png");
	}

	@Test
	void aStorageUnitDraggedIntoAnotherSubsystemIsADeviceMoveInThePlan() throws Exception {
		PlanView plan = (PlanView) page.showView(PlanView.ID);
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("device-move"));
		Site site = bot.editor().site();
		Subsystem database = site.getSubsystems().get(0);
		Subsystem web = site.getSubsystems().get(1);
		StorageUnit t3d = web.getStorageUnits().stream().filter(u -> "t3d".equals(u.getName())).findFirst().orElseThrow();
		org.eclipse.draw2d.geometry.Rectangle unit = bot.screenBounds(bot.partOf(t3d));
		Point grab = new Point(unit.x + unit.width / 2, unit.y + 8); // by its name: the middle shows its volume
		bot.screenshot("device-move-before.png");
		bot.drag(grab, freeRoomIn(bot, database));
		bot.screenshot("device-move-dropped.png");
		assertSame(database, t3d.eContainer(), "t3d moved into " + database.getName());
		assertEquals("Move t3d to " + database.getName(), bot.editor().getCommandStack().getUndoCommand().getLabel());
		bot.settle();
		bot.screenshot("device-move.png");
		assertTrue(plan.plan().steps().stream().anyMatch(s -> s.kind() == ChangeKind.DEVICE_MOVE
				&& "t3d".equals(s.step().unitName())), "the plan moves t3d: " + plan.plan().steps());
		assertTrue(Arrays.stream(plan.viewer().getTable().getItems()).map(i -> i.getText(2))
				.anyMatch(t -> t.startsWith("move array t3d from subsystem")), "the Plan view shows the move");
		bot.key("ctrl+z");
		assertSame(web, t3d.eContainer(), "undo puts t3d back");
		bot.settle();
		assertTrue(plan.plan().isEmpty(), "and the plan is empty again");
	}

	/** A screen point inside the subsystem but below its storage units, where nothing else is. */
	private static Point freeRoomIn(DiagramBot bot, Subsystem subsystem) {
		int unitsBottom = subsystem.getStorageUnits().stream().mapToInt(u -> u.getY() + u.getHeight()).max()
				.orElse(subsystem.getY() + 20);
		int bottom = subsystem.getY() + subsystem.getHeight();
		return bot.screenPointOfModel(subsystem.getX() + 30, (unitsBottom + bottom) / 2);
	}
}
