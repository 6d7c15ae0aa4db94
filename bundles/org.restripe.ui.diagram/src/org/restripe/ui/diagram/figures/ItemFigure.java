package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;

/**
 * A tray, volume or LUN listed inside its storage unit: one line of text, red or orange when the review
 * found something, on a highlighted background when it differs from the current configuration.
 */
public class ItemFigure extends Label {
	private final Marks marks = new Marks();

	public ItemFigure() {
		setLabelAlignment(PositionConstants.LEFT);
		setBorder(new MarginBorder(1, 2, 1, 2));
	}

	public Marks marks() {
		return marks;
	}

	public void mark(Marks next) {
		if (marks.sameAs(next)) {
			return;
		}
		marks.copy(next);
		setForegroundColor(marks.severityColor() != null ? marks.severityColor() : Palette.TEXT);
		setOpaque(marks.changed());
		setBackgroundColor(marks.changed() ? Palette.CHANGED_FILL : null);
		setToolTip(marks.tooltip() == null ? null : new Label(marks.tooltip()));
		repaint();
	}
}
