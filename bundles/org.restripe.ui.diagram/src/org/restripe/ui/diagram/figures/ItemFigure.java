package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.Label;

/**
 * A tray, volume or LUN listed inside its storage unit: its text wrapped to the unit's width, red or orange
 * when the review found something, on a highlighted background when it differs from the current
 * configuration.
 */
public class ItemFigure extends TextBlock {
	private final Marks marks = new Marks();

	public ItemFigure() {
		setForegroundColor(Palette.TEXT);
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
