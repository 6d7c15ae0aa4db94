package org.restripe.ui.diagram.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.restripe.model.DiagramElement;
import org.restripe.model.Lan;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/**
 * Places the nodes of a site: LANs across the top, the hosts in a row below them, the subsystems with their
 * arrays in a grid, the management host and the modem at the bottom. Every node gets the size its text asks
 * for ({@link NodeSizes}); nodes of a kind share one size, so rows and columns line up, and every gap is the
 * same. Pure model arithmetic over the measured sizes, so it is tested without a display.
 */
public final class AutoLayout {
	static final int MARGIN = 20;
	static final int ROW_WIDTH = 1400;
	static final int MIN_LAN_WIDTH = 600;
	/** Between nodes and rows of the site. */
	static final int GAP = 20;
	/** Inside a subsystem: around and between its arrays. */
	static final int INNER = 10;
	static final int UNITS_PER_ROW = 4;

	private AutoLayout() {
	}

	/** Whether some node of the site has never been placed (no size). */
	public static boolean needsLayout(Site site) {
		for (TreeIterator<EObject> it = site.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof DiagramElement node && (node.getWidth() <= 0 || node.getHeight() <= 0)) {
				return true;
			}
			if (!(next instanceof Subsystem)) {
				it.prune(); // only subsystems hold nodes; skipping disks and volumes keeps big sites fast
			}
		}
		return false;
	}

	public static void arrange(Site site, NodeSizes sizes) {
		List<Box> hosts = sameSize(new ArrayList<>(site.getHosts()), sizes);
		List<DiagramElement> last = new ArrayList<>();
		if (site.getManagementHost() != null) {
			last.add(site.getManagementHost());
		}
		if (site.getModem() != null) {
			last.add(site.getModem());
		}
		List<Box> bottom = sameSize(last, sizes);
		int unitWidth = site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.mapToInt(u -> sizes.preferred(u)[0]).max().orElse(0);
		List<SubsystemGrid> grids = site.getSubsystems().stream().map(s -> new SubsystemGrid(s, unitWidth, sizes)).toList();
		List<Box> subsystems = grids.stream().map(g -> new Box(g.subsystem, g.width, g.height)).toList();
		int width = Math.max(MIN_LAN_WIDTH, Math.max(Rows.widest(hosts), Math.max(Rows.widest(subsystems), Rows.widest(bottom))));
		int y = MARGIN;
		for (Lan lan : site.getLans()) {
			int height = sizes.heightAt(lan, width);
			place(lan, MARGIN, y, width, height);
			y += height + INNER;
		}
		y = Rows.flow(hosts, site.getLans().isEmpty() ? y : y - INNER + GAP, false);
		y = Rows.flow(subsystems, y + GAP, true);
		grids.forEach(SubsystemGrid::placeUnits);
		Rows.flow(bottom, y + GAP, false);
	}

	/** The nodes as boxes of one size, the largest any of them asks for. */
	private static List<Box> sameSize(List<DiagramElement> nodes, NodeSizes sizes) {
		int width = 0;
		int height = 0;
		for (DiagramElement node : nodes) {
			int[] size = sizes.preferred(node);
			width = Math.max(width, size[0]);
			height = Math.max(height, size[1]);
		}
		List<Box> boxes = new ArrayList<>();
		for (DiagramElement node : nodes) {
			boxes.add(new Box(node, width, height));
		}
		return boxes;
	}

	static void place(DiagramElement node, int x, int y, int width, int height) {
		node.setX(x);
		node.setY(y);
		node.setWidth(width);
		node.setHeight(height);
	}

	/** A node and the size it gets. */
	record Box(DiagramElement node, int width, int height) {
	}

	/** Rows of boxes left to right from the margin, a new row where the next box would pass the row width. */
	static final class Rows {
		private Rows() {
		}

		static int widest(List<Box> boxes) {
			int widest = 0;
			int x = MARGIN;
			for (Box box : boxes) {
				if (x > MARGIN && x + box.width() > ROW_WIDTH) {
					x = MARGIN;
				}
				x += box.width() + GAP;
				widest = Math.max(widest, x - GAP - MARGIN);
			}
			return widest;
		}

		/** Returns the y below the last row; sameHeight makes the boxes of a row as tall as its tallest. */
		static int flow(List<Box> boxes, int top, boolean sameHeight) {
			int y = top;
			int rowStart = 0;
			int x = MARGIN;
			int rowHeight = 0;
			for (int i = 0; i < boxes.size(); i++) {
				Box box = boxes.get(i);
				if (x > MARGIN && x + box.width() > ROW_WIDTH) {
					finishRow(boxes.subList(rowStart, i), rowHeight, sameHeight);
					rowStart = i;
					x = MARGIN;
					y += rowHeight + GAP;
					rowHeight = 0;
				}
				place(box.node(), x, y, box.width(), box.height());
				x += box.width() + GAP;
				rowHeight = Math.max(rowHeight, box.height());
			}
			finishRow(boxes.subList(rowStart, boxes.size()), rowHeight, sameHeight);
			return boxes.isEmpty() ? top - GAP : y + rowHeight;
		}

		private static void finishRow(List<Box> row, int height, boolean sameHeight) {
			if (sameHeight) {
				row.forEach(b -> b.node().setHeight(height));
			}
		}
	}

	/**
	 * A subsystem's arrays in a grid of up to four columns, all as wide as the widest array of the site, each
	 * grid row as tall as its tallest array, below the subsystem's name.
	 */
	private static final class SubsystemGrid {
		final Subsystem subsystem;
		final int unitWidth;
		final int columns;
		final int[] rowHeights;
		final int header;
		final int width;
		final int height;

		SubsystemGrid(Subsystem subsystem, int unitWidth, NodeSizes sizes) {
			this.subsystem = subsystem;
			this.unitWidth = unitWidth;
			List<StorageUnit> units = subsystem.getStorageUnits();
			columns = Math.max(1, Math.min(UNITS_PER_ROW, units.size()));
			rowHeights = new int[(units.size() + UNITS_PER_ROW - 1) / UNITS_PER_ROW];
			for (int i = 0; i < units.size(); i++) {
				rowHeights[i / UNITS_PER_ROW] = Math.max(rowHeights[i / UNITS_PER_ROW], sizes.preferred(units.get(i))[1]);
			}
			int gridWidth = units.isEmpty() ? 0 : INNER + columns * (unitWidth + INNER);
			width = Math.max(gridWidth, sizes.preferred(subsystem)[0]);
			header = sizes.heightAt(subsystem, width);
			int grid = 0;
			for (int rowHeight : rowHeights) {
				grid += rowHeight + INNER;
			}
			height = header + grid;
		}

		/** After the subsystem itself is placed: its arrays, at offsets from its corner. */
		void placeUnits() {
			int y = subsystem.getY() + header;
			List<StorageUnit> units = subsystem.getStorageUnits();
			for (int i = 0; i < units.size(); i++) {
				int column = i % UNITS_PER_ROW;
				int row = i / UNITS_PER_ROW;
				if (column == 0 && row > 0) {
					y += rowHeights[row - 1] + INNER;
				}
				place(units.get(i), subsystem.getX() + INNER + column * (unitWidth + INNER), y, unitWidth, rowHeights[row]);
			}
		}
	}
}
