package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Editing as Eclipse users expect, with real input: Edit > Undo and Redo name the command; the Edit menu and
 * the diagram's context menu offer Delete, Copy, Paste, Select All and Rename; a click on a selected figure
 * followed by Delete deletes the figure; F2 renames; Build Kit follows undo and redo at once.
 */
class EditingCommandsTest {
	private static final String BUILD_KIT = "org.restripe.ui.commands.buildKit";
	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
	}

	@Test
	void theEditMenuNamesTheCommandToUndoAndRedo() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("edit-menu"));
		Host web1 = bot.editor().site().getHosts().get(1);
		Point center = bot.center(bot.partOf(web1));
		bot.drag(center, new Point(center.x + 40, center.y + 30));
		Map<String, Boolean> edit = menu(bot.editor().getSite().getShell(), "Edit");
		System.out.println("EDIT MENU after a move: " + edit);
		assertEquals(Boolean.TRUE, edit.get("Undo Move " + web1.getName()), "Edit > Undo names the move: " + edit);
		assertEquals(Boolean.FALSE, edit.get("Redo"), "nothing to redo yet: " + edit);
		for (String item : List.of("Copy", "Paste", "Delete", "Select All", "Rename")) {
			assertTrue(edit.containsKey(item), "the Edit menu has " + item + ": " + edit);
		}
		assertTrue(edit.get("Delete") && edit.get("Rename"), "the moved host is selected: " + edit);
		bot.key("ctrl+z");
		edit = menu(bot.editor().getSite().getShell(), "Edit");
		assertEquals(Boolean.TRUE, edit.get("Redo Move " + web1.getName()), "Edit > Redo names it: " + edit);
		assertEquals(Boolean.FALSE, edit.get("Undo"), "nothing left to undo: " + edit);
	}

	@Test
	void theDiagramsContextMenuOffersTheEditingCommands() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("context-menu"));
		Host web1 = bot.editor().site().getHosts().get(1);
		bot.click(bot.center(bot.partOf(web1)));
		Menu context = bot.viewer().getControl().getMenu();
		List<String> shown = new ArrayList<>();
		context.addListener(SWT.Show, e -> Display.getCurrent().asyncExec(() -> {
			for (MenuItem item : context.getItems()) {
				shown.add(words(item.getText()) + (item.isEnabled() ? "" : " (disabled)"));
			}
		}));
		bot.rightClick(bot.center(bot.partOf(web1)));
		waitUntil(() -> !shown.isEmpty());
		bot.screenshot("context-menu.png");
		bot.key("Escape");
		System.out.println("CONTEXT MENU on a host: " + shown);
		for (String item : List.of("Delete", "Copy", "Paste (disabled)", "Select All", "Rename")) {
			assertTrue(shown.contains(item), "the context menu offers " + item + ": " + shown);
		}
	}

	@Test
	void aClickOnTheSelectedFigureThenDeleteDeletesTheFigureAndF2Renames() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("click-delete"));
		Site site = bot.editor().site();
		Host web1 = site.getHosts().get(1);
		bot.click(bot.center(bot.partOf(web1)));
		bot.click(bot.center(bot.partOf(web1))); // a second click on the selected figure
		bot.key("Delete");
		assertFalse(site.getHosts().contains(web1), "Delete deleted the host, not its name");
		bot.key("ctrl+z");
		assertTrue(site.getHosts().contains(web1));
		bot.click(bot.center(bot.partOf(web1)));
		bot.key("F2");
		bot.type("webfront");
		bot.key("Return");
		assertEquals("webfront", web1.getName(), "F2 renames in place");
	}

	@Test
	void buildKitFollowsUndoAndRedoAtOnce() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign("build-kit-enabled"));
		Command buildKit = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(BUILD_KIT);
		Site site = bot.editor().site();
		Subsystem database = site.getSubsystems().get(0);
		StorageUnit t3d = site.getSubsystems().get(1).getStorageUnits().stream().filter(u -> "t3d".equals(u.getName()))
				.findFirst().orElseThrow();
		assertFalse(buildKit.isEnabled(), "an unchanged design has no kit to build");
		org.eclipse.draw2d.geometry.Rectangle unit = bot.screenBounds(bot.partOf(t3d));
		int below = database.getStorageUnits().stream().mapToInt(u -> u.getY() + u.getHeight()).max().orElseThrow();
		bot.drag(new Point(unit.x + unit.width / 2, unit.y + 8),
				bot.screenPointOfModel(database.getX() + 30, (below + database.getY() + database.getHeight()) / 2));
		assertNotNull(bot.editor().getCommandStack().getUndoCommand(), "t3d was moved");
		waitUntil(buildKit::isEnabled);
		assertTrue(buildKit.isEnabled(), "a device move can be built into a kit");
		bot.key("ctrl+z");
		waitUntil(() -> !buildKit.isEnabled());
		assertFalse(buildKit.isEnabled(), "after the undo there is nothing to build");
		bot.key("ctrl+shift+z");
		waitUntil(buildKit::isEnabled);
		assertTrue(buildKit.isEnabled(), "after the redo Build Kit is enabled again");
	}

	/** The menu's items as the engineer reads them (no mnemonic, no accelerator), each with its enablement. */
	private static Map<String, Boolean> menu(Shell shell, String title) {
		for (MenuItem top : shell.getMenuBar().getItems()) {
			if (words(top.getText()).equals(title)) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event()); // the workbench fills and updates menus as they open
				Map<String, Boolean> items = new LinkedHashMap<>();
				for (MenuItem item : menu.getItems()) {
					if ((item.getStyle() & SWT.SEPARATOR) == 0) {
						Boolean twice = items.put(words(item.getText()), item.isEnabled());
						assertEquals(null, twice, "the " + title + " menu lists " + item.getText() + " once");
					}
				}
				menu.notifyListeners(SWT.Hide, new Event());
				return items;
			}
		}
		throw new AssertionError("no menu " + title);
	}

	private static String words(String label) {
		int tab = label.indexOf('\t');
		return (tab < 0 ? label : label.substring(0, tab)).replace("&", "").trim();
	}

	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
