package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The drag cursors of the 3.x workbench, used by GEF 3.2's flyout palette while it is re-docked. The
 * constants keep their 3.2 values because GEF passes them as compiled-in integers.
 */
public final class DragCursors {
	public static final int INVALID = 0;
	public static final int LEFT = 1;
	public static final int RIGHT = 2;
	public static final int TOP = 3;
	public static final int BOTTOM = 4;
	public static final int CENTER = 5;
	public static final int OFFSCREEN = 6;
	public static final int FASTVIEW = 7;

	private DragCursors() {
	}

	/** A system cursor for the given drop position; system cursors are shared and never disposed. */
	public static Cursor getCursor(int which) {
		return Display.getCurrent().getSystemCursor(systemCursorFor(which));
	}

	static int systemCursorFor(int which) {
		switch (which) {
		case LEFT:
			return SWT.CURSOR_SIZEW;
		case RIGHT:
			return SWT.CURSOR_SIZEE;
		case TOP:
			return SWT.CURSOR_SIZEN;
		case BOTTOM:
			return SWT.CURSOR_SIZES;
		case CENTER:
		case FASTVIEW:
			return SWT.CURSOR_SIZEALL;
		case OFFSCREEN:
			return SWT.CURSOR_HAND;
		default:
			return SWT.CURSOR_NO;
		}
	}
}
