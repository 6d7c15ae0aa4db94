package org.restripe.ui.diagram.figures;

import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * An XY layout that keeps each node where the engineer put it and as wide as it was made, but never shorter
 * than its text needs at that width: a node resized narrower wraps its text onto more lines and grows down,
 * instead of cutting the text. Used inside subsystems; {@link Freeform} does the same on the site.
 */
public class FittingXYLayout extends XYLayout {
	/** Room kept below and right of the lowest and rightmost child of a container that grew. */
	static final int MARGIN = 10;

	@Override
	public void layout(IFigure parent) {
		fit(this, parent, getOrigin(parent));
	}

	/** The children's fitted bounds, so a subsystem grows to hold a storage unit that grew. */
	@Override
	protected Dimension calculatePreferredSize(IFigure parent, int wHint, int hHint) {
		Rectangle union = new Rectangle();
		for (Object child : parent.getChildren()) {
			Rectangle r = fitted(this, (IFigure) child);
			if (r != null) {
				union.union(r.getResized(MARGIN, MARGIN));
			}
		}
		return union.getSize().expand(parent.getInsets().getWidth(), parent.getInsets().getHeight());
	}

	static void fit(XYLayout layout, IFigure parent, Point origin) {
		for (Object child : parent.getChildren()) {
			IFigure figure = (IFigure) child;
			Rectangle r = fitted(layout, figure);
			if (r != null) {
				figure.setBounds(r.getTranslated(origin));
			}
		}
	}

	/** The child's constraint with its height raised to what its content needs at the constraint's width. */
	static Rectangle fitted(XYLayout layout, IFigure child) {
		Rectangle constraint = (Rectangle) layout.getConstraint(child);
		if (constraint == null) {
			return null;
		}
		Rectangle r = constraint.getCopy();
		Dimension needed = child.getPreferredSize(r.width, -1);
		if (r.width < 0) {
			r.width = needed.width;
		}
		r.height = Math.max(r.height, needed.height);
		return r;
	}

	/** The same for the site's freeform layer. */
	public static final class Freeform extends FreeformLayout {
		@Override
		public void layout(IFigure parent) {
			fit(this, parent, getOrigin(parent));
		}
	}
}
