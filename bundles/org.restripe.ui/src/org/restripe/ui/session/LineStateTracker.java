package org.restripe.ui.session;

/**
 * Reads the line's state off the recording itself: the session marks "opening ..." before it calls the site
 * and "line lost: ..." when the line drops; the first output after an opening means the site answered. The
 * job that owns the session says when it ended.
 */
public final class LineStateTracker {
	private LineState state = LineState.NONE;
	private String detail = "";

	/** Takes one event; true when the state or its detail changed. */
	public boolean take(CastEvent event) {
		if (event.isMarker()) {
			String text = event.data();
			if (text.startsWith("opening ")) {
				return set(LineState.CONNECTING, text.startsWith("opening again ")
						? "calling again: " + text.substring("opening again ".length()) : text.substring("opening ".length()));
			}
			if (text.startsWith("line lost")) {
				int colon = text.indexOf(':');
				return set(LineState.LOST, colon < 0 ? "" : text.substring(colon + 1).strip());
			}
			return false;
		}
		if (event.isOutput() && state == LineState.CONNECTING) {
			return set(LineState.CONNECTED, detail);
		}
		return false;
	}

	/** The session's job finished: the line is hung up whatever happened. */
	public boolean ended(String how) {
		return set(LineState.ENDED, how);
	}

	public void reset() {
		state = LineState.NONE;
		detail = "";
	}

	private boolean set(LineState next, String nextDetail) {
		if (next == state && nextDetail.equals(detail)) {
			return false;
		}
		state = next;
		detail = nextDetail;
		return true;
	}

	public LineState state() {
		return state;
	}

	public String detail() {
		return detail;
	}
}
