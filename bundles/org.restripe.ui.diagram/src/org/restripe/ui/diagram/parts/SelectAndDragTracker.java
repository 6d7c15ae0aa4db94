package org.restripe.ui.diagram.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.tools.DragEditPartsTracker;

/**
 * Selects and drags like GEF's tracker, but a click on an already selected figure does not start renaming:
 * an engineer who clicks a figure and presses Delete means the figure, not its name. Renaming is F2 or the
 * Rename action, as in Eclipse's own views.
 */
final class SelectAndDragTracker extends DragEditPartsTracker {
	SelectAndDragTracker(EditPart part) {
		super(part);
	}

	@Override
	protected void performDirectEdit() {
		// deliberately nothing: see the class comment
	}
}
