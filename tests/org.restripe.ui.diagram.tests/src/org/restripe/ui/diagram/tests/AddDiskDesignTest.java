package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.drivers.api.Operation;
import org.restripe.model.ChangeKind;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.samples.DemoSite;
import org.restripe.plan.Plan;
import org.restripe.plan.PlannedStep;
import org.restripe.plan.kit.Kit;
import org.restripe.ui.design.PlanView;
import org.restripe.ui.design.SiteEditors;
import org.restripe.ui.diagram.editor.SiteDiagramEditor;
import org.restripe.ui.tests.RealInput;
import org.restripe.ui.tests.ShellBot;

/**
 * Capacity added one disk at a time: the tray is clicked, its context menu (a real right-click) has Add Disk...,
 * which offers the tray's free slots and the array's qualified drive sizes, and the disk chosen is planned as a
 * site visit that inserts it, shown in the Plan view and written into the kit's script for that array.
 */
class AddDiskDesignTest extends EditorTest {
	@TempDir
	Path keys;
	private DiagramBot bot;

	@AfterEach
	void settleAfter() {
		if (bot != null) {
			bot.settle();
		}
	}

	/** The demo site whose t3d has slot 9 of its tray empty: the hot spare drive was never fitted. */
	private static Site withEmptySlot() {
		Site site = DemoSite.create();
		StorageUnit t3d = unit(site, "t3d");
		Volume v0 = t3d.getVolumes().get(0);
		Disk spare = v0.getStandby();
		v0.setStandby(null);
		((Tray) spare.eContainer()).getDisks().remove(spare);
		return site;
	}

	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	@Test
	void aDiskAddedToATraysFreeSlotIsPlannedAndKittedAsASiteVisit() throws Exception {
		Path current = TestSites.save(withEmptySlot(), "add-disk", "demo.restripe");
		PlanView planView = (PlanView) page.showView(PlanView.ID);
		page.showView(IPageLayout.ID_PROP_SHEET);
		SiteDiagramEditor design = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		design.getSite().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		page.activate(design);
		bot = DiagramBot.of(design);
		bot.zoom(1.0);
		StorageUnit t3d = unit(design.site(), "t3d");
		Tray tray = t3d.getTrays().get(0);
		bot.scrollToModel(Math.max(0, t3d.getX() - 40), Math.max(0, t3d.getY() - 40));
		Rectangle r = bot.screenBounds(bot.partOf(tray));
		Point onTray = new Point(r.x + Math.min(40, r.width / 2), r.y + r.height / 2);
		bot.click(onTray);
		assertEquals(List.of(bot.partOf(tray)), design.getGraphicalViewer().getSelectedEditParts(), "the tray is selected");

		List<String> offered = new ArrayList<>();
		try (ShellBot dialogs = new ShellBot()) {
			dialogs.whenOpen("Add Disk", shell -> {
				List<Combo> combos = combos(shell, new ArrayList<>());
				offered.add(String.join(",", combos.get(0).getItems()));
				offered.add(String.join(",", combos.get(1).getItems()));
				ShellBot.shot(shell, "add-disk.png");
				ShellBot.choose(combos.get(1), "36.4 GB");
				RealInput.click(button(shell, "OK"));
			});
			chooseFromContextMenu(onTray, "Add Disk...");
			dialogs.dispatchUntil(() -> dialogs.handled("Add Disk") == 1 && tray.getDisks().size() == 9, 60,
					"the dialog was answered and the disk added");
		}
		assertEquals(List.of("9", "18.2 GB,36.4 GB"), offered, "the free slot and the T3's qualified drive sizes");
		Disk added = tray.getDisks().get(8);
		assertEquals("u1d9", added.getName());
		assertEquals(9, added.getSlot());
		assertEquals(36_400_000_000L, added.getSize());
		assertEquals(DiskRole.UNASSIGNED, added.getRole());
		assertEquals("Add disk u1d9", design.getCommandStack().getUndoCommand().getLabel(), "Edit > Undo names it");

		settle();
		Plan plan = planView.plan();
		assertNotNull(plan, "the design is planned: " + planView.refusals());
		PlannedStep step = plan.steps().stream().filter(s -> s.step().operation() == Operation.ADD_DISK).findFirst()
				.orElseThrow(() -> new AssertionError("no disk addition planned: " + plan.steps()));
		assertEquals(ChangeKind.CAPACITY_ADDITION, step.kind());
		assertEquals("insert disk u1d9 (36.4 GB)", step.summary());
		assertTrue(Arrays.stream(planView.viewer().getTable().getItems()).anyMatch(i -> step.summary().equals(i.getText(2))),
				"the Plan view's table shows " + step.summary());

		Kit kit = KitRecorder.build(design, keys);
		assertTrue(kit.plan().steps().stream().anyMatch(s -> s.step().operation() == Operation.ADD_DISK), "the kit's plan holds it");
		String script = kit.text("scripts/t3d.txt");
		assertTrue(script.contains("SITE VISIT: insert disk u1d9 (36.4 GB) into slot 9 of tray u1 of t3d"),
				"the person's step in the script of t3d:\n" + script);
	}

	/**
	 * A real right-click opens the diagram's context menu, built for the selection; its item is then chosen by
	 * its selection event: under Xvfb without a window manager GTK's popup is gone before a key or click reaches it.
	 */
	private void chooseFromContextMenu(Point at, String label) {
		Menu context = bot.viewer().getControl().getMenu();
		List<String> items = new ArrayList<>();
		MenuItem[] chosen = new MenuItem[1];
		context.addListener(SWT.Show, e -> Display.getCurrent().asyncExec(() -> {
			for (MenuItem item : context.getItems()) {
				items.add(item.getText().replace("&", "") + (item.isEnabled() ? "" : " (disabled)"));
				if (label.equals(item.getText().replace("&", ""))) {
					chosen[0] = item;
				}
			}
		}));
		bot.rightClick(at);
		long until = System.currentTimeMillis() + 30_000;
		while (items.isEmpty() && System.currentTimeMillis() < until) {
			bot.settle();
		}
		assertTrue(items.contains(label), "the context menu offers " + label + ", enabled on a tray with a free slot: "
				+ items);
		context.setVisible(false);
		bot.settle();
		chosen[0].notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	@Test
	void thePalettesDiskClickedOntoATrayFillsItsFreeSlot() throws Exception {
		Path current = TestSites.save(withEmptySlot(), "add-disk-palette", "demo.restripe");
		PlanView planView = (PlanView) page.showView(PlanView.ID);
		SiteDiagramEditor design = (SiteDiagramEditor) SiteEditors.designNewConfiguration(page, current);
		design.getSite().getShell().setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		page.activate(design);
		bot = DiagramBot.of(design);
		bot.zoom(1.0);
		StorageUnit t3d = unit(design.site(), "t3d");
		Tray tray = t3d.getTrays().get(0);
		bot.scrollToModel(Math.max(0, t3d.getX() - 40), Math.max(0, t3d.getY() - 40));
		bot.choosePaletteEntry("Disk");
		Rectangle r = bot.screenBounds(bot.partOf(tray));
		Point onTray = new Point(r.x + Math.min(40, r.width / 2), r.y + r.height / 2);
		bot.click(onTray);
		bot.chooseSelectionTool();
		assertEquals(9, tray.getDisks().size(), "the disk went into the tray");
		Disk added = tray.getDisks().get(8);
		assertEquals(List.of("u1d9", "9", "18200000000"), List.of(added.getName(), Integer.toString(added.getSlot()),
				Long.toString(added.getSize())), "the free slot, the T3's first qualified size");
		settle();
		assertTrue(planView.plan().steps().stream().anyMatch(s -> s.step().operation() == Operation.ADD_DISK
				&& s.summary().equals("insert disk u1d9 (18.2 GB)")), "planned: " + planView.plan().steps());
		bot.choosePaletteEntry("Disk");
		bot.click(onTray);
		bot.chooseSelectionTool();
		assertEquals(9, tray.getDisks().size(), "a full tray takes no tenth disk");
	}

	private static List<Combo> combos(Composite parent, List<Combo> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Combo combo) {
				found.add(combo);
			} else if (child instanceof Composite inner) {
				combos(inner, found);
			}
		}
		return found;
	}

	private static Button button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button b && text.equals(b.getText().replace("&", ""))) {
				return b;
			}
			if (child instanceof Composite inner) {
				Button found = button(inner, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
