package org.restripe.ui.diagram.commands;

import org.restripe.model.DiagramElement;

/**
 * How big a node's figure wants to be for its text, asked by {@link AutoLayout}; the diagram answers from
 * its figures, a test without a display from fixed numbers.
 */
public interface NodeSizes {
	/** {width, height}: the width its text asks for (within the figure's minimum and maximum), the height at it. */
	int[] preferred(DiagramElement node);

	/** The height the node's text needs at that width (a subsystem: its name only, not its storage units). */
	int heightAt(DiagramElement node, int width);
}
