package org.restripe.ui.diagram.parts;

import org.restripe.ui.diagram.figures.Marks;

/** A part whose figure shows review findings and changes against the current configuration. */
public interface Markable {
	void mark(Marks marks);

	Marks marks();
}
