package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.Test;
import org.restripe.model.DialbackModem;
import org.restripe.model.Host;
import org.restripe.model.Lan;
import org.restripe.model.Site;
import org.restripe.ui.diagram.commands.SetBoundsCommand;

/**
 * The editor driven with real X input (xdotool) as an engineer would: create a host from the palette, drag it,
 * resize it by its handle, cable it to a LAN, rename it in place, delete it, undo and redo; at 100% and at
 * 200% zoom, with the model checked after every gesture. Screenshots go to target/screenshots.
 */
class DiagramInteractionTest {

	@Test
	void anEngineerEditsTheSiteByHandAt100Percent() throws Exception {
		editAHostByHand(1.0, "zoom100");
	}

	@Test
	void anEngineerEditsTheSiteByHandAt200Percent() throws Exception {
		editAHostByHand(2.0, "zoom200");
	}

	private void editAHostByHand(double zoom, String tag) throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.demoDesign(tag));
		try {
			Site site = bot.editor().site();
			// the modem far away gives the diagram room at 200%, so no gesture happens at a canvas edge
			// (GEF scrolls the canvas there, which would change the distances the test checks)
			DialbackModem modem = site.getModem();
			bot.editor().getCommandStack().execute(new SetBoundsCommand(modem, 1000, 900, 120, 60));
			bot.zoom(zoom);
			bot.scrollToModel(zoom == 1.0 ? 0 : 250, zoom == 1.0 ? 0 : 250);
			Host host = createHost(bot, site, tag);
			dragAndResize(bot, host, zoom, tag);
			Lan management = site.getLans().get(1);
			connect(bot, host, management, tag);
			renameInPlace(bot, host, tag);
			deleteUndoRedo(bot, site, host, management, tag);
		} finally {
			bot.close();
		}
	}

	private static Host createHost(DiagramBot bot, Site site, String tag) throws Exception {
		int before = site.getHosts().size();
		bot.choosePaletteEntry("Host");
		bot.click(bot.screenPointOfModel(420, 480));
		assertEquals(before + 1, site.getHosts().size(), "a host was created by palette and click");
		Host host = site.getHosts().get(before);
		assertEquals(420, host.getX(), 2, "created where clicked");
		assertEquals(480, host.getY(), 2, "created where clicked");
		assertEquals(120, host.getWidth());
		assertEquals(60, host.getHeight());
		bot.screenshot(tag + "-1-created.png");
		return host;
	}

	private static void dragAndResize(DiagramBot bot, Host host, double zoom, String tag) throws Exception {
		int x = host.getX();
		int y = host.getY();
		Point center = bot.center(bot.partOf(host));
		bot.drag(center, new Point(center.x + 60, center.y + 40));
		assertEquals(x + (int) (60 / zoom), host.getX(), "moved by the screen delta over the zoom");
		assertEquals(y + (int) (40 / zoom), host.getY());
		bot.screenshot(tag + "-2-dragged.png");
		int width = host.getWidth();
		int height = host.getHeight();
		Rectangle r = bot.screenBounds(bot.partOf(host));
		Point handle = new Point(r.x + r.width - 1, r.y + r.height - 1);
		bot.drag(handle, new Point(handle.x + 40, handle.y + 20));
		assertEquals(width + (int) (40 / zoom), host.getWidth(), "resized by the south-east handle");
		assertEquals(height + (int) (20 / zoom), host.getHeight());
		bot.screenshot(tag + "-3-resized.png");
	}

	private static void connect(DiagramBot bot, Host host, Lan lan, String tag) throws Exception {
		bot.choosePaletteEntry("LAN link");
		bot.click(bot.center(bot.partOf(host)));
		bot.click(bot.screenPointOfModel(600, lan.getY() + lan.getHeight() / 2));
		bot.chooseSelectionTool();
		assertTrue(host.getLans().contains(lan), "the host is attached to " + lan.getName());
		bot.screenshot(tag + "-4-connected.png");
	}

	private static void renameInPlace(DiagramBot bot, Host host, String tag) throws Exception {
		bot.click(bot.center(bot.partOf(host)));
		bot.key("F2");
		bot.type("filer9");
		bot.screenshot(tag + "-5-renaming.png");
		bot.key("Return");
		assertEquals("filer9", host.getName(), "renamed in place");
	}

	private static void deleteUndoRedo(DiagramBot bot, Site site, Host host, Lan lan, String tag) throws Exception {
		bot.click(bot.center(bot.partOf(host)));
		bot.key("Delete");
		assertFalse(site.getHosts().contains(host), "deleted with the Delete key");
		bot.screenshot(tag + "-6-deleted.png");
		bot.key("ctrl+z");
		assertTrue(site.getHosts().contains(host), "undo brings the host back");
		assertTrue(host.getLans().contains(lan), "and its LAN link");
		assertEquals("filer9", host.getName());
		bot.screenshot(tag + "-7-undone.png");
		bot.key("ctrl+shift+z");
		assertFalse(site.getHosts().contains(host), "redo deletes it again");
		assertTrue(bot.editor().isDirty(), "the editor knows the site changed");
		bot.screenshot(tag + "-8-redone.png");
	}
}
