package org.restripe.ui.diagram.parts;

import org.eclipse.gef.EditPart;

/**
 * Whether a part's element may be edited: not in a current configuration's editor (its viewer says so), where the
 * Properties view shows the rows without cell editors, as a read-only file shows its text.
 */
public final class Editing {
	/** The viewer property the editor sets to Boolean.TRUE for a current configuration. */
	public static final String READ_ONLY = "org.restripe.ui.diagram.readOnly";

	private Editing() {
	}

	public static boolean allowed(EditPart part) {
		return part.getViewer() == null || !Boolean.TRUE.equals(part.getViewer().getProperty(READ_ONLY));
	}
}
