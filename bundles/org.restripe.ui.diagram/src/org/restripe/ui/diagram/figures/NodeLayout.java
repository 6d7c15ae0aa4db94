package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.AbstractHintLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.restripe.ui.diagram.figures.NodeFigure.Contents;

/**
 * Lays out a node: the name and the second line at the top-left, wrapped to the node's width less the
 * review marker's corner, then the contents. A list sits below the text; free contents cover the whole node,
 * so a storage unit's position inside its subsystem is a plain offset from the subsystem's corner. A hint
 * layout, since the height depends on the width it is asked for (a plain layout caches one answer for all).
 */
final class NodeLayout extends AbstractHintLayout {
	/** Room kept at the right of the text for the review marker, so a marked node does not re-wrap. */
	static final int MARKER = 16;
	static final int LINE = 16;
	private static final int LEFT = 6;
	private static final int TOP = 3;
	private static final int BOTTOM = 6;
	private static final int LIST_INSET = 4;

	private final NodeFigure node;

	NodeLayout(NodeFigure node) {
		this.node = node;
	}

	@Override
	public void layout(IFigure container) {
		Rectangle r = node.getBounds();
		int textWidth = textWidth(r.width);
		int y = r.y + TOP;
		y = place(node.titleText(), r.x + LEFT, y, textWidth);
		if (node.subtitleText().isVisible()) {
			y = place(node.subtitleText(), r.x + LEFT, y, textWidth);
		}
		IFigure contents = node.contents();
		if (contents == null) {
			return;
		}
		if (node.kind() == Contents.FREE) {
			contents.setBounds(r);
		} else {
			int top = y + LIST_INSET;
			contents.setBounds(new Rectangle(r.x + LIST_INSET, top, r.width - 2 * LIST_INSET,
					Math.max(0, r.bottom() - LIST_INSET - top)));
		}
	}

	private static int place(IFigure text, int x, int y, int width) {
		int height = text.getPreferredSize(width, -1).height;
		text.setBounds(new Rectangle(x, y, width, height));
		return y + height;
	}

	private static int textWidth(int nodeWidth) {
		return Math.max(1, nodeWidth - LEFT - MARKER);
	}

	@Override
	protected boolean isSensitiveVertically(IFigure container) {
		return false;
	}

	/** Without a width hint, the width the text asks for within the minimum and maximum; else that width. */
	@Override
	protected Dimension calculatePreferredSize(IFigure container, int wHint, int hHint) {
		int width = wHint >= 0 ? wHint : Math.max(NodeFigure.MIN_WIDTH, Math.min(NodeFigure.MAX_WIDTH, naturalWidth()));
		int height = TOP + textHeight(textWidth(width));
		IFigure contents = node.contents();
		if (contents != null && node.kind() == Contents.LIST) {
			height += 2 * LIST_INSET + contents.getPreferredSize(width - 2 * LIST_INSET, -1).height;
		} else {
			height += BOTTOM;
		}
		if (contents != null && node.kind() == Contents.FREE) {
			Dimension free = contents.getPreferredSize(wHint, -1);
			height = Math.max(height, free.height);
			width = wHint >= 0 ? width : Math.max(width, free.width);
		}
		return new Dimension(width, height);
	}

	private int textHeight(int width) {
		int height = node.titleText().getPreferredSize(width, -1).height;
		if (node.subtitleText().isVisible()) {
			height += node.subtitleText().getPreferredSize(width, -1).height;
		}
		return height;
	}

	/** The longest line unwrapped, plus the margins. */
	private int naturalWidth() {
		int text = node.titleText().getPreferredSize(-1, -1).width;
		if (node.subtitleText().isVisible()) {
			text = Math.max(text, node.subtitleText().getPreferredSize(-1, -1).width);
		}
		int width = LEFT + text + MARKER;
		IFigure contents = node.contents();
		if (contents != null && node.kind() == Contents.LIST) {
			width = Math.max(width, 2 * LIST_INSET + contents.getPreferredSize(-1, -1).width);
		}
		return width;
	}
}
