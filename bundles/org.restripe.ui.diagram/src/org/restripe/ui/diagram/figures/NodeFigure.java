package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/**
 * A node of the topology diagram: a rounded box with the element's name (where rename in place opens) and an
 * optional second line, both wrapping at the node's width, a review marker in the top-right corner and a
 * heavier blue outline when the element differs from the current configuration. Its preferred size is its
 * text's: as wide as the longest line within a minimum and a maximum width, as tall as the wrapped lines
 * (and a container's contents) need; {@link NodeLayout} does the arithmetic.
 */
public class NodeFigure extends Figure {
	/** What a node holds besides its text. */
	public enum Contents {
		/** Only the text (host, LAN, management host, modem). */
		NONE,
		/** A list below the text, top to bottom, each entry as wide as the node (a storage unit's contents). */
		LIST,
		/** Nodes placed freely, at offsets from the node's corner (a subsystem's storage units). */
		FREE
	}

	public static final int MIN_WIDTH = 110;
	public static final int MAX_WIDTH = 240;

	private final Color fill;
	private final Contents kind;
	private final TextBlock title = new TextBlock();
	private final TextBlock subtitle = new TextBlock();
	private final IFigure contents;
	private final Marks marks = new Marks();

	public NodeFigure(Color fill, Contents kind) {
		this.fill = fill;
		this.kind = kind;
		setOpaque(false);
		title.setForegroundColor(Palette.TEXT);
		subtitle.setForegroundColor(Palette.SUBTEXT);
		add(title);
		add(subtitle);
		contents = kind == Contents.NONE ? null : createContents(kind);
		if (contents != null) {
			add(contents);
		}
		setLayoutManager(new NodeLayout(this));
	}

	private static IFigure createContents(Contents kind) {
		Figure pane = new Figure();
		if (kind == Contents.LIST) {
			ToolbarLayout list = new ToolbarLayout();
			list.setStretchMinorAxis(true);
			list.setSpacing(1);
			pane.setLayoutManager(list);
			pane.setBorder(new MarginBorder(0, 2, 0, 2));
		} else {
			pane.setLayoutManager(new FittingXYLayout());
		}
		return pane;
	}

	public void setTitle(String name, String second) {
		title.setText(name);
		subtitle.setText(second);
		subtitle.setVisible(!subtitle.getText().isEmpty());
	}

	public String title() {
		return title.getText();
	}

	/** The name and the second line as drawn, for checking that they are shown whole. */
	public TextBlock titleText() {
		return title;
	}

	public TextBlock subtitleText() {
		return subtitle;
	}

	Contents kind() {
		return kind;
	}

	/** Where the children of the part go (GEF's content pane); null for a node without contents. */
	public IFigure contents() {
		return contents;
	}

	public Marks marks() {
		return marks;
	}

	/** Shows the review's verdict and whether the element changed; the tooltip says why. */
	public void mark(Marks next) {
		if (!marks.sameAs(next)) {
			marks.copy(next);
			setToolTip(marks.tooltip() == null ? null : new Label(marks.tooltip()));
			repaint();
		}
	}

	/** Where the name is drawn, in absolute coordinates of this figure: rename in place opens there. */
	public Rectangle titleBounds() {
		Rectangle r = title.getBounds().getCopy();
		r.width = Math.max(60, r.width);
		r.height = Math.max(NodeLayout.LINE, r.height);
		return r;
	}

	@Override
	protected void paintFigure(Graphics g) {
		Rectangle r = getBounds().getCopy().resize(-1, -1);
		g.setBackgroundColor(marks.changed() ? Palette.CHANGED_FILL : fill);
		g.fillRoundRectangle(r, 10, 10);
		g.setForegroundColor(marks.changed() ? Palette.CHANGED_LINE : Palette.OUTLINE);
		g.setLineWidth(marks.changed() ? 3 : 1);
		g.drawRoundRectangle(r.getCopy().shrink(1, 1), 10, 10);
		g.setLineWidth(1);
	}

	@Override
	public void paint(Graphics g) {
		super.paint(g);
		if (marks.severityColor() != null) {
			Rectangle r = getBounds();
			Rectangle dot = new Rectangle(r.right() - NodeLayout.MARKER, r.y + 3, 12, 12);
			g.setBackgroundColor(marks.severityColor());
			g.fillOval(dot);
			g.setForegroundColor(Palette.MARKER_TEXT);
			g.drawText("!", dot.x + 4, dot.y - 1);
		}
	}
}
