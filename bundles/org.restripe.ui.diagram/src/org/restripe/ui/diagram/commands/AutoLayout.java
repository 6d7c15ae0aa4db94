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
 * Places the nodes of a site that has no layout (a discovered site, a generated one): LANs across the top,
 * the hosts below them, the subsystems with their arrays in a grid, the management host and the modem at
 * the bottom. Pure model arithmetic, so it is tested and timed without a display.
 */
public final class AutoLayout {
	static final int MARGIN = 20;
	static final int ROW_WIDTH = 1400;
	static final int UNIT_WIDTH = 110;
	static final int UNIT_HEIGHT = 130;
	static final int UNITS_PER_ROW = 4;
	static final int GAP = 10;
	static final int TITLE = 30;

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

	public static void arrange(Site site) {
		int y = MARGIN;
		int subsystemsY = y + site.getLans().size() * 40 + 90;
		int bottom = arrangeSubsystems(site.getSubsystems(), subsystemsY);
		int width = Math.max(600, widest(site.getSubsystems()));
		for (Lan lan : site.getLans()) {
			place(lan, MARGIN, y, width, 30);
			y += 40;
		}
		arrangeRow(new ArrayList<>(site.getHosts()), y + 10, 120, 60);
		List<DiagramElement> last = new ArrayList<>();
		if (site.getManagementHost() != null) {
			last.add(site.getManagementHost());
		}
		if (site.getModem() != null) {
			last.add(site.getModem());
		}
		arrangeRow(last, bottom + 20, 140, 60);
	}

	private static int widest(List<Subsystem> subsystems) {
		return subsystems.stream().mapToInt(s -> s.getX() + s.getWidth() - MARGIN).max().orElse(0);
	}

	private static void arrangeRow(List<? extends DiagramElement> nodes, int y, int width, int height) {
		int x = MARGIN;
		for (DiagramElement node : nodes) {
			if (x + width > ROW_WIDTH) {
				x = MARGIN;
				y += height + 20;
			}
			place(node, x, y, width, height);
			x += width + 20;
		}
	}

	/** Returns the y below the last row of subsystems. */
	private static int arrangeSubsystems(List<Subsystem> subsystems, int top) {
		int x = MARGIN;
		int y = top;
		int rowHeight = 0;
		for (Subsystem subsystem : subsystems) {
			int units = Math.max(1, subsystem.getStorageUnits().size());
			int columns = Math.min(UNITS_PER_ROW, units);
			int rows = (units + UNITS_PER_ROW - 1) / UNITS_PER_ROW;
			int width = GAP + columns * (UNIT_WIDTH + GAP) + GAP;
			int height = TITLE + rows * (UNIT_HEIGHT + GAP) + GAP;
			if (x + width > ROW_WIDTH && x > MARGIN) {
				x = MARGIN;
				y += rowHeight + 20;
				rowHeight = 0;
			}
			place(subsystem, x, y, width, height);
			int i = 0;
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				place(unit, x + 2 * GAP + (i % UNITS_PER_ROW) * (UNIT_WIDTH + GAP),
						y + TITLE + (i / UNITS_PER_ROW) * (UNIT_HEIGHT + GAP), UNIT_WIDTH, UNIT_HEIGHT);
				i++;
			}
			x += width + 20;
			rowHeight = Math.max(rowHeight, height);
		}
		return y + rowHeight;
	}

	private static void place(DiagramElement node, int x, int y, int width, int height) {
		node.setX(x);
		node.setY(y);
		node.setWidth(width);
		node.setHeight(height);
	}
}
