package org.restripe.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.restripe.model.Lun;
import org.restripe.model.Port;
import org.restripe.model.SerialPort;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Volume;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.ui.design.ReviewView;
import org.restripe.ui.diagram.commands.DeleteCommand;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.parts.ArraySummary;
import org.restripe.ui.diagram.parts.LunSummary;
import org.restripe.ui.tests.RealInput;

/**
 * A site of a few thousand LUNs opens with each volume's LUNs as one line ("▸ v0: 16 LUNs, 271.3 GB"), no LUN
 * figure made; a real double-click on the line shows them, another folds them again, the state survives the
 * array's redraw; a review finding on a hidden LUN marks its volume's line, and double-clicking the finding in
 * the Review view opens the line and selects the LUN. On a site too large to list every array, arrays start
 * folded to one line each, without their cables, until opened.
 */
class LargeSiteFoldingTest extends EditorTest {
	private static final long GB = 1_000_000_000L;

	/** 40 arrays of 4 volumes of 16 LUNs (2,560 LUNs); one LUN of s1-a3's v1 lost its size, which the review flags. */
	private static Site large() {
		Site site = new LargeSiteGenerator(1, 40, 4, 16).generate(7);
		unit(site, "s1-a3").getLuns().stream().filter(l -> "v1l5".equals(l.getName())).findFirst().orElseThrow().setSize(0);
		return site;
	}

	private static StorageUnit unit(Site site, String id) {
		return site.getSubsystems().get(0).getStorageUnits().stream().filter(u -> id.equals(u.getId())).findFirst()
				.orElseThrow();
	}

	/** What the engineer should read on a volume's line, from the model: count and total size. */
	private static String expectedLine(String arrow, StorageUnit unit, Volume volume) {
		List<Lun> luns = unit.getLuns().stream().filter(l -> l.getVolume() == volume).toList();
		long total = luns.stream().mapToLong(Lun::getSize).sum();
		String size = total >= 1000 * GB ? String.format(Locale.getDefault(), "%.1f TB", total / 1e12)
				: String.format(Locale.getDefault(), "%.1f GB", total / 1e9);
		return arrow + " " + volume.getName() + ": " + luns.size() + " LUNs, " + size;
	}

	private static String text(GraphicalEditPart part) {
		return ((ItemFigure) part.getFigure()).getText();
	}

	@Test
	void aLargeVolumeShowsItsLunsAsOneLineUntilDoubleClicked() throws Exception {
		DiagramBot bot = DiagramBot.open(TestSites.design(large(), "large-site-folding", "large.restripe"));
		StorageUnit a1 = unit(bot.editor().site(), "s1-a1");
		Volume v0 = a1.getVolumes().get(0);
		GraphicalEditPart line = bot.partOf(new LunSummary(v0));
		assertNotNull(line, "s1-a1 lists v0's LUNs as one line");
		assertEquals(expectedLine("\u25b8", a1, v0), text(line));
		assertEquals(16, a1.getLuns().stream().filter(l -> l.getVolume() == v0).count());
		for (StorageUnit unit : bot.editor().site().getSubsystems().get(0).getStorageUnits()) {
			for (Lun lun : unit.getLuns()) {
				assertNull(bot.partOf(lun), "no figure is made for LUN " + lun.getName() + " of " + unit.getName());
			}
		}
		assertNull(bot.partOf(new ArraySummary(a1)), "40 arrays are listed whole, not folded");
		assertNotNull(bot.partOf(a1.getTrays().get(0)), "s1-a1's trays are listed");
		assertNotNull(bot.partOf(v0), "and its volumes");

		bot.scrollToModel(a1.getX(), a1.getY());
		bot.doubleClick(bot.pointOn(line));
		List<Lun> luns = a1.getLuns().stream().filter(l -> l.getVolume() == v0).toList();
		for (Lun lun : luns) {
			GraphicalEditPart lunPart = bot.partOf(lun);
			assertNotNull(lunPart, "the double-click showed LUN " + lun.getName());
			assertEquals("LUN " + lun.getName() + " " + String.format("%.1f GB", lun.getSize() / 1e9), text(lunPart));
		}
		assertTrue(bot.partOf(luns.get(0)).getFigure().isShowing(), "the first LUN is drawn");
		assertEquals(expectedLine("\u25be", a1, v0), text(line), "the line says it is open");
		List<?> arrays = bot.partOf(a1).getFigure().getParent().getChildren();
		assertEquals(bot.partOf(a1).getFigure(), arrays.get(arrays.size() - 1), "the opened array is drawn over the arrays below it");
		assertNull(bot.partOf(a1.getLuns().stream().filter(l -> l.getVolume() == a1.getVolumes().get(1)).findFirst()
				.orElseThrow()), "v1's LUNs stay folded");
		bot.screenshot("large-site-volume-opened.png");

		Lun ofV2 = a1.getLuns().stream().filter(l -> l.getVolume() == a1.getVolumes().get(2)).findFirst().orElseThrow();
		bot.editor().getCommandStack().execute(new DeleteCommand(List.of(ofV2)));
		bot.settle();
		assertNotNull(bot.partOf(luns.get(3)), "v0 stays open while the editor is open, across the list's redraw");
		assertEquals(expectedLine("\u25b8", a1, a1.getVolumes().get(2)), text(bot.partOf(new LunSummary(a1.getVolumes().get(2)))),
				"v2's line counts one LUN less");

		bot.doubleClick(bot.pointOn(bot.partOf(new LunSummary(v0))));
		assertNull(bot.partOf(luns.get(0)), "a second double-click folds v0 again");
		assertEquals(expectedLine("\u25b8", a1, v0), text(bot.partOf(new LunSummary(v0))));
		bot.close();
	}

	@Test
	void aFindingOnAHiddenLunMarksItsLineAndDoubleClickedShowsAndSelectsTheLun() throws Exception {
		ReviewView review = (ReviewView) page.showView(ReviewView.ID);
		DiagramBot bot = DiagramBot.openBesideViews(TestSites.design(large(), "large-site-finding", "large.restripe"));
		StorageUnit a3 = unit(bot.editor().site(), "s1-a3");
		Volume v1 = a3.getVolumes().get(1);
		Lun sizeless = a3.getLuns().stream().filter(l -> "v1l5".equals(l.getName())).findFirst().orElseThrow();
		assertNull(bot.partOf(sizeless), "the LUN is hidden in v1's line");
		GraphicalEditPart line = bot.partOf(new LunSummary(v1));
		assertEquals("error", ((ItemFigure) line.getFigure()).marks().severity(), "v1's line carries the LUN's error");
		assertNull(((ItemFigure) bot.partOf(new LunSummary(a3.getVolumes().get(0))).getFigure()).marks().severity(),
				"v0's line has nothing to say");

		Table table = review.viewer().getTable();
		TableItem row = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("v1l5 on s1-a3")).findFirst()
				.orElseThrow(() -> new AssertionError("the Review view names the LUN: "
						+ Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList()));
		table.showItem(row);
		settle();
		RealInput.clickAt(table, row.getBounds(2), 2);
		bot.settle();
		EditPart lunPart = bot.partOf(sizeless);
		assertNotNull(lunPart, "the double-clicked finding opened v1's line");
		assertEquals(List.of(lunPart), bot.viewer().getSelectedEditParts(), "and selected the LUN");
		assertEquals(bot.editor(), page.getActivePart(), "in the editor");
		assertEquals("error", ((ItemFigure) bot.partOf(sizeless).getFigure()).marks().severity(),
				"the LUN's own figure now carries the error");
		assertTrue(text(line).startsWith("\u25be "), "v1's line says it is open");
		bot.screenshot("large-site-finding-revealed.png");
		bot.close();
	}

	@Test
	void aSiteTooLargeToListOpensWithItsArraysFoldedToOneLine() throws Exception {
		Site huge = new LargeSiteGenerator(2, 160, 4, 16).generate(11); // 20,480 LUNs: 3,200 lines even summarised
		DiagramBot bot = DiagramBot.open(TestSites.design(huge, "large-site-arrays-folded", "huge.restripe"));
		StorageUnit a1 = bot.editor().site().getSubsystems().get(1).getStorageUnits().get(0);
		GraphicalEditPart line = bot.partOf(new ArraySummary(a1));
		assertNotNull(line, "the array is listed as one line");
		assertEquals("\u25b8 2 trays, 4 volumes, 64 LUNs", text(line));
		assertNull(bot.partOf(a1.getVolumes().get(0)), "no volume figure before it is opened");
		assertNull(bot.partOf(a1.getTrays().get(0)), "no tray figure either");
		Port channel = a1.getPorts().stream().filter(p -> p.getHost() != null).findFirst().orElseThrow();
		SerialPort console = bot.editor().site().getManagementHost().getSerialPorts().stream()
				.filter(p -> p.getConsole() == a1).findFirst().orElseThrow();
		assertNull(bot.partOf(channel), "a folded array's channels are not drawn");
		assertNull(bot.partOf(console), "nor its console link");

		bot.scrollToModel(a1.getX(), a1.getY());
		bot.doubleClick(bot.pointOn(line));
		assertEquals("\u25be 2 trays, 4 volumes, 64 LUNs", text(bot.partOf(new ArraySummary(a1))), "opened");
		assertNotNull(bot.partOf(a1.getVolumes().get(3)), "its volumes are listed");
		assertNotNull(bot.partOf(new LunSummary(a1.getVolumes().get(3))), "each with its LUNs as one line");
		assertNull(bot.partOf(a1.getLuns().get(0)), "whose LUNs stay hidden");
		assertNotNull(bot.partOf(channel), "the opened array's channels are drawn");
		assertNotNull(bot.partOf(console), "and its console link");
		StorageUnit other = bot.editor().site().getSubsystems().get(1).getStorageUnits().get(1);
		assertNull(bot.partOf(other.getVolumes().get(0)), "the next array stays folded");
		assertFalse(bot.editor().isDirty(), "opening a line is no change to the site");
		bot.screenshot("large-site-array-opened.png");
		bot.close();
	}
}
