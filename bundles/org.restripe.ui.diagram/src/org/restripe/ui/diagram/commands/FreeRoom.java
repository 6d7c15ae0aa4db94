package org.restripe.ui.diagram.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.restripe.model.DiagramElement;
import org.restripe.model.Site;
import org.restripe.model.Subsystem;

/**
 * Where a new figure goes: where it was dropped if that is free, else the nearest spot where it covers no
 * other figure of its container (a site's nodes, a subsystem's storage units), a small gap around each.
 */
final class FreeRoom {
	private static final int GAP = 10;
	private static final int STEP = 20;
	private static final int REACH = 1600;

	private FreeRoom() {
	}

	/** Moves the node (absolute diagram coordinates, already sized) into free room next to where it is. */
	static void place(DiagramElement node, EObject parent) {
		List<DiagramElement> others = siblings(parent, node);
		if (isFree(node.getX(), node.getY(), node, others)) {
			return;
		}
		int x0 = node.getX();
		int y0 = node.getY();
		List<int[]> candidates = new ArrayList<>();
		for (int dy = -REACH; dy <= REACH; dy += STEP) {
			for (int dx = -REACH; dx <= REACH; dx += STEP) {
				if (x0 + dx >= 0 && y0 + dy >= 0) {
					candidates.add(new int[] { x0 + dx, y0 + dy });
				}
			}
		}
		candidates.sort(Comparator.comparingLong(c -> (long) (c[0] - x0) * (c[0] - x0) + (long) (c[1] - y0) * (c[1] - y0)));
		for (int[] c : candidates) {
			if (isFree(c[0], c[1], node, others)) {
				node.setX(c[0]);
				node.setY(c[1]);
				return;
			}
		}
		// a site fuller than the reach: below everything, which is always free
		node.setY(others.stream().mapToInt(o -> o.getY() + o.getHeight()).max().orElse(0) + GAP);
	}

	private static boolean isFree(int x, int y, DiagramElement node, List<DiagramElement> others) {
		for (DiagramElement o : others) {
			boolean apart = x + node.getWidth() + GAP <= o.getX() || o.getX() + o.getWidth() + GAP <= x
					|| y + node.getHeight() + GAP <= o.getY() || o.getY() + o.getHeight() + GAP <= y;
			if (!apart) {
				return false;
			}
		}
		return true;
	}

	private static List<DiagramElement> siblings(EObject parent, DiagramElement node) {
		List<DiagramElement> nodes = new ArrayList<>();
		if (parent instanceof Subsystem subsystem) {
			nodes.addAll(subsystem.getStorageUnits());
		} else if (parent instanceof Site site) {
			nodes.addAll(site.getLans());
			nodes.addAll(site.getSubsystems());
			nodes.addAll(site.getHosts());
			if (site.getManagementHost() != null) {
				nodes.add(site.getManagementHost());
			}
			if (site.getModem() != null) {
				nodes.add(site.getModem());
			}
		}
		nodes.remove(node);
		nodes.removeIf(n -> n.getWidth() <= 0 || n.getHeight() <= 0);
		return nodes;
	}
}
