package org.restripe.ui.diagram.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.DeferredUpdateManager;
import org.eclipse.draw2d.IFigure;

/**
 * Draw2d's deferred update manager with its queue of figures to validate kept in a set. Draw2d 3.2 keeps it in
 * a list, looks each figure up in it on every revalidate, and during a validation pass leaves the figures it
 * validated in the list as nulls: on a diagram of thousands of connections (every anchor moved revalidates its
 * connection) that look-up was a sixth of opening a large site, and it grows with the square of the figures.
 */
public final class SetValidationUpdateManager extends DeferredUpdateManager {
	private final Set<IFigure> invalid = new LinkedHashSet<>();
	private boolean validating;

	@Override
	public synchronized void addInvalidFigure(IFigure figure) {
		if (invalid.add(figure)) {
			queueWork();
		}
	}

	/** Validates the queued figures, and those they queue meanwhile, until none is left, as Draw2d's does. */
	@Override
	public void performValidation() {
		if (invalid.isEmpty() || validating) {
			return;
		}
		validating = true;
		try {
			fireValidating();
			while (!invalid.isEmpty()) {
				List<IFigure> batch = new ArrayList<>(invalid);
				invalid.clear();
				for (IFigure figure : batch) {
					figure.validate();
				}
			}
		} finally {
			invalid.clear();
			validating = false;
		}
	}
}
