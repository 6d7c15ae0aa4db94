package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.draw2d.text.TextFragmentBox;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.GraphicalEditPart;
import org.junit.jupiter.api.Test;
import org.restripe.model.DiagramElement;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Volume;
import org.restripe.model.RestripePackage.Literals;
import org.restripe.model.samples.DemoSite;
import org.restripe.ui.diagram.commands.ArrangeCommand;
import org.restripe.ui.diagram.commands.CreateElementCommand;
import org.restripe.ui.diagram.commands.SetBoundsCommand;
import org.restripe.ui.diagram.editor.DiagramImages;
import org.restripe.ui.diagram.palette.ElementFactory;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.figures.NodeFigure;
import org.restripe.ui.diagram.figures.TextBlock;
import org.restripe.ui.diagram.parts.ItemPart;
import org.restripe.ui.diagram.parts.NodePart;

/**
 * The shipped demo site at 100%, as its file places it and arranged automatically: every node's name, second
 * line and every volume,
 * LUN and tray line is shown whole (no "...", every character in a drawn line, every line inside its node
 * and the node inside its subsystem), no two nodes overlap, and a 60-character volume name wraps onto
 * several lines, also in an array the engineer made narrower. PNG exports go to target/screenshots.
 */
class FigureTextTest {
	private static final String LONG_NAME = "archive-volume-for-nightly-billing-database-backups-2026-q4x";

	@Test
	void theArrangedDemoSiteShowsEveryTextWhole() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.design(DemoSite.loadShipped(), "text-whole", "demo.restripe"));
		try {
			bot.zoom(1.0);
			export(bot, "demo-as-shipped.png");
			nodeParts(bot).forEach(FigureTextTest::assertTextWhole); // at the sizes the site file gives
			itemParts(bot).forEach(FigureTextTest::assertTextWhole);
			arrange(bot);
			export(bot, "demo-arranged.png");
			List<GraphicalEditPart> nodes = nodeParts(bot);
			assertEquals(14, nodes.size(), "2 LANs, 3 hosts, 2 subsystems, 5 arrays, the management host and the modem");
			nodes.forEach(FigureTextTest::assertTextWhole);
			itemParts(bot).forEach(FigureTextTest::assertTextWhole);
			assertNoLabelCut(bot.partOf(bot.editor().site()).getFigure());
			assertNoOverlap(nodes);
			assertArraysInRowsAndColumns(bot.editor().site());
		} finally {
			bot.close();
		}
	}

	@Test
	void aLongVolumeNameWrapsAndIsShownWhole() throws Exception {
		Site demo = DemoSite.loadShipped();
		Volume volume = unit(demo, "t3a").getVolumes().get(0);
		volume.setName(LONG_NAME);
		assertEquals(60, LONG_NAME.length());
		DiagramBot bot = DiagramBot.open(TestSites.design(demo, "long-name", "demo.restripe"));
		try {
			bot.zoom(1.0);
			arrange(bot);
			Volume shown = unit(bot.editor().site(), "t3a").getVolumes().get(0);
			ItemFigure line = (ItemFigure) bot.partOf(shown).getFigure();
			assertTrue(line.getText().contains(LONG_NAME), line.getText());
			assertTrue(lines(line) >= 2, "the long name wraps: " + lines(line) + " line(s) at width " + line.getBounds().width);
			itemParts(bot).forEach(FigureTextTest::assertTextWhole);
			nodeParts(bot).forEach(FigureTextTest::assertTextWhole);
			assertNoOverlap(nodeParts(bot));
			export(bot, "demo-long-volume-name.png");
		} finally {
			bot.close();
		}
	}

	@Test
	void anArrayMadeNarrowerKeepsItsWidthAndWrapsItsText() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.design(DemoSite.loadShipped(), "narrow", "demo.restripe"));
		try {
			bot.zoom(1.0);
			arrange(bot);
			StorageUnit unit = unit(bot.editor().site(), "se6120");
			ItemFigure volumeLine = (ItemFigure) bot.partOf(unit.getVolumes().get(0)).getFigure();
			assertEquals(1, lines(volumeLine), "arranged, the volume reads on one line: " + volumeLine.getText());
			bot.editor().getCommandStack().execute(new SetBoundsCommand(unit, unit.getX(), unit.getY(), 90, unit.getHeight()));
			bot.settle();
			GraphicalEditPart part = bot.partOf(unit);
			assertEquals(90, unit.getWidth(), "the engineer's width is kept in the design");
			assertEquals(90, part.getFigure().getBounds().width, "and drawn");
			assertTrue(lines(volumeLine) >= 2, "the volume line wraps in the narrow array: " + volumeLine.getText());
			assertTextWhole(part);
			part.getChildren().forEach(item -> assertTextWhole((GraphicalEditPart) item));
			export(bot, "demo-narrow-array.png");
		} finally {
			bot.close();
		}
	}

	@Test
	void aNewArrayPlacedByAClickShowsItsTextWholeAsVolumesAndLunsArrive() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.design(DemoSite.loadShipped(), "new-array", "demo.restripe"));
		try {
			bot.zoom(1.0);
			arrange(bot);
			Subsystem web = bot.editor().site().getSubsystems().get(1);
			StorageUnit unit = (StorageUnit) new ElementFactory(Literals.STORAGE_UNIT, "6120").getNewObject();
			// a click, not a drawn rectangle: the array gets the palette's default size; below the arrays, so
			// the subsystem grows to hold it
			int[] click = { web.getX() + 10, web.getY() + web.getHeight() };
			bot.editor().getCommandStack().execute(new CreateElementCommand(web, unit, click));
			for (EClass kind : List.of(Literals.VOLUME, Literals.VOLUME, Literals.LUN, Literals.LUN)) {
				bot.editor().getCommandStack().execute(new CreateElementCommand(unit,
						(org.restripe.model.Identified) new ElementFactory(kind).getNewObject(), null));
			}
			bot.settle();
			GraphicalEditPart part = bot.partOf(unit);
			assertEquals(5, part.getChildren().size(), "the list shows a tray, two volumes and two LUNs");
			assertTextWhole(part);
			part.getChildren().forEach(item -> assertTextWhole((GraphicalEditPart) item));
			export(bot, "demo-new-array.png");
		} finally {
			bot.close();
		}
	}

	private static void arrange(DiagramBot bot) {
		bot.editor().getCommandStack().execute(new ArrangeCommand(bot.editor().site(), bot.editor().nodeSizes()));
		bot.settle();
	}

	private static void export(DiagramBot bot, String name) throws Exception {
		Path png = Paths.get(System.getProperty("restripe.screenshots", "target/screenshots")).resolve(name);
		DiagramImages.savePng(bot.editor().getGraphicalViewer(), png);
		assertTrue(Files.size(png) > 1000, "the diagram was exported to " + png);
	}

	private static StorageUnit unit(Site site, String name) {
		return site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.filter(u -> name.equals(u.getName())).findFirst().orElseThrow();
	}

	/** Every node of the diagram (LANs, hosts, subsystems, arrays, management host, modem). */
	private static List<GraphicalEditPart> nodeParts(DiagramBot bot) {
		List<GraphicalEditPart> nodes = new ArrayList<>();
		for (Object part : bot.viewer().getEditPartRegistry().values()) {
			if (part instanceof NodePart node) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	private static List<GraphicalEditPart> itemParts(DiagramBot bot) {
		List<GraphicalEditPart> items = new ArrayList<>();
		for (Object part : bot.viewer().getEditPartRegistry().values()) {
			if (part instanceof ItemPart item) {
				items.add(item);
			}
		}
		assertFalse(items.isEmpty(), "the arrays list their volumes and LUNs");
		return items;
	}

	private static void assertTextWhole(GraphicalEditPart part) {
		IFigure figure = part.getFigure();
		if (figure instanceof NodeFigure node) {
			assertShownWhole(node.titleText(), part);
			if (node.subtitleText().isVisible()) {
				assertShownWhole(node.subtitleText(), part);
			}
		} else {
			assertShownWhole((TextBlock) figure, part);
		}
	}

	/**
	 * The text's drawn lines hold every character but the spaces where it wrapped, no line was cut, all
	 * lines fit in the block, and the block is inside every figure around it up to the diagram.
	 */
	private static void assertShownWhole(TextBlock block, GraphicalEditPart part) {
		String text = block.getText();
		String what = part.getModel() + " \"" + text + "\"";
		assertFalse(text.isEmpty(), what + " has text");
		assertFalse(block.textFlow().isTextTruncated(), what + " is cut with an ellipsis");
		boolean[] drawn = new boolean[text.length()];
		for (Object fragment : block.textFlow().getFragments()) {
			TextFragmentBox box = (TextFragmentBox) fragment;
			for (int i = box.offset; i < box.offset + box.length && i < text.length(); i++) {
				drawn[i] = true;
			}
		}
		for (int i = 0; i < text.length(); i++) {
			assertTrue(drawn[i] || Character.isWhitespace(text.charAt(i)), what + ": character " + i + " is not drawn");
		}
		Rectangle bounds = block.getBounds();
		int needed = block.getPreferredSize(bounds.width, -1).height;
		assertTrue(needed <= bounds.height, what + " needs " + needed + " px but has " + bounds.height);
		for (IFigure around = block.getParent(); !(around instanceof FreeformLayer); around = around.getParent()) {
			assertTrue(around.getBounds().contains(bounds), what + " at " + bounds + " lies outside " + around.getBounds());
		}
	}

	private static int lines(TextBlock block) {
		return block.textFlow().getFragments().size();
	}

	/** No Draw2d label anywhere in the diagram is cut with "...". */
	private static void assertNoLabelCut(IFigure figure) {
		if (figure instanceof Label label) {
			assertFalse(label.isTextTruncated(), label.getText() + " is cut");
		}
		for (Object child : figure.getChildren()) {
			assertNoLabelCut((IFigure) child);
		}
	}

	/** Nodes of one container never overlap; an array lies inside its subsystem. */
	private static void assertNoOverlap(List<GraphicalEditPart> nodes) {
		for (GraphicalEditPart a : nodes) {
			for (GraphicalEditPart b : nodes) {
				Rectangle ra = absolute(a);
				Rectangle rb = absolute(b);
				if (a == b) {
					continue;
				}
				if (b.getParent() == a) {
					assertTrue(ra.contains(rb), b.getModel() + " " + rb + " lies inside " + a.getModel() + " " + ra);
				} else if (a.getParent() == b.getParent()) {
					assertFalse(ra.intersects(rb), a.getModel() + " " + ra + " overlaps " + b.getModel() + " " + rb);
				}
			}
		}
	}

	private static Rectangle absolute(GraphicalEditPart part) {
		Rectangle r = part.getFigure().getBounds().getCopy();
		part.getFigure().translateToAbsolute(r);
		return r;
	}

	/** A subsystem's arrays all have the same width, share their row's top and height, with equal gaps. */
	private static void assertArraysInRowsAndColumns(Site site) {
		for (Subsystem subsystem : site.getSubsystems()) {
			List<StorageUnit> units = subsystem.getStorageUnits();
			for (int i = 1; i < units.size(); i++) {
				DiagramElement left = units.get(i - 1);
				DiagramElement right = units.get(i);
				assertEquals(left.getWidth(), right.getWidth(), "same width in " + subsystem.getName());
				assertEquals(left.getY(), right.getY(), "one row in " + subsystem.getName());
				assertEquals(left.getHeight(), right.getHeight(), "one height in " + subsystem.getName());
				assertEquals(units.get(0).getX() - subsystem.getX(), right.getX() - left.getX() - left.getWidth(),
						"the gap between arrays is the margin of the subsystem " + subsystem.getName());
			}
		}
	}
}
