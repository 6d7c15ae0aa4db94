package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LayoutManager;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/**
 * A node of the topology diagram: a rounded box with the element's name in a title band (where rename in
 * place opens), an optional second line, a review marker in the top-right corner and a heavier blue outline
 * when the element differs from the current configuration. The title is painted, not a child figure, so a
 * container's client area starts at the node's corner and child positions stay simple offsets.
 */
public class NodeFigure extends Figure {
	public static final int TITLE_HEIGHT = 18;

	private final Color fill;
	private String title = "";
	private String subtitle = "";
	private final Marks marks = new Marks();

	public NodeFigure(Color fill, int topInset, LayoutManager layout) {
		this.fill = fill;
		setBorder(new MarginBorder(topInset, topInset == 0 ? 0 : 4, topInset == 0 ? 0 : 4, topInset == 0 ? 0 : 4));
		setLayoutManager(layout);
		setOpaque(false);
	}

	public void setTitle(String title, String subtitle) {
		this.title = title == null ? "" : title;
		this.subtitle = subtitle == null ? "" : subtitle;
		repaint();
	}

	public String title() {
		return title;
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
		Rectangle r = getBounds();
		return new Rectangle(r.x + 4, r.y + 2, Math.max(60, r.width - 24), TITLE_HEIGHT);
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
		g.setForegroundColor(Palette.TEXT);
		g.drawText(title, r.x + 6, r.y + 3);
		if (!subtitle.isEmpty()) {
			g.setForegroundColor(Palette.SUBTEXT);
			g.drawText(subtitle, r.x + 6, r.y + 3 + TITLE_HEIGHT);
		}
	}

	@Override
	public void paint(Graphics g) {
		super.paint(g);
		if (marks.severityColor() != null) {
			Rectangle r = getBounds();
			Rectangle dot = new Rectangle(r.right() - 16, r.y + 3, 12, 12);
			g.setBackgroundColor(marks.severityColor());
			g.fillOval(dot);
			g.setForegroundColor(Palette.MARKER_TEXT);
			g.drawText("!", dot.x + 4, dot.y - 1);
		}
	}
}
