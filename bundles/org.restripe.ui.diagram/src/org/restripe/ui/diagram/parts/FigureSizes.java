package org.restripe.ui.diagram.parts;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.swt.graphics.Font;
import org.restripe.model.DiagramElement;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.commands.NodeSizes;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.figures.NodeFigure;

/**
 * Measures a node by building the figure its part would draw (same texts, same items, the diagram's font)
 * and asking Draw2d for its preferred size, so the automatic layout gives every node room for its whole text.
 */
public final class FigureSizes implements NodeSizes {
	private final Font font;

	/** font: the diagram canvas's font, so the measure matches what is drawn. */
	public FigureSizes(Font font) {
		this.font = font;
	}

	@Override
	public int[] preferred(DiagramElement node) {
		Dimension d = figure(node).getPreferredSize();
		return new int[] { d.width, d.height };
	}

	@Override
	public int heightAt(DiagramElement node, int width) {
		return figure(node).getPreferredSize(width, -1).height;
	}

	private NodeFigure figure(DiagramElement node) {
		NodeFigure figure = NodeTexts.figureFor(node);
		figure.setFont(font);
		figure.setTitle(NodeTexts.title(node), NodeTexts.subtitle(node));
		if (node instanceof StorageUnit unit) {
			for (Object item : NodeTexts.items(unit)) {
				ItemFigure line = new ItemFigure();
				line.setText(NodeTexts.itemText((org.restripe.model.Identified) item));
				figure.contents().add(line);
			}
		}
		return figure;
	}
}
