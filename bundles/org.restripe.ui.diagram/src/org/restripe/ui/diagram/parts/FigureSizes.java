package org.restripe.ui.diagram.parts;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.swt.graphics.Font;
import org.restripe.model.DiagramElement;
import org.restripe.model.StorageUnit;
import org.restripe.ui.diagram.commands.NodeSizes;
import org.restripe.ui.diagram.figures.ItemFigure;
import org.restripe.ui.diagram.figures.NodeFigure;

/**
 * Measures a node by building the figure its part would draw (same texts, same items as folded, the diagram's font)
 * and asking Draw2d for its preferred size, so the automatic layout gives every node room for its whole text.
 */
public final class FigureSizes implements NodeSizes {
	private final Font font;
	private final Folding folding;
	/** One arrangement asks for a node's size more than once (its column, its row): measured once. */
	private final Map<DiagramElement, int[]> preferred = new HashMap<>();

	/** font: the diagram canvas's font, so the measure matches what is drawn; folding: what the diagram shows. */
	public FigureSizes(Font font, Folding folding) {
		this.font = font;
		this.folding = folding;
	}

	@Override
	public int[] preferred(DiagramElement node) {
		return preferred.computeIfAbsent(node, n -> {
			Dimension d = figure(n).getPreferredSize();
			return new int[] { d.width, d.height };
		}).clone();
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
			for (Object item : folding.items(unit)) {
				ItemFigure line = new ItemFigure();
				line.setText(NodeTexts.lineText(item, folding));
				figure.contents().add(line);
			}
		}
		return figure;
	}
}
