package org.restripe.ui.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns recording events into the text the Session view shows: output as the array printed it (carriage
 * returns and other control characters dropped), typed input in its own kind, and markers on lines of their
 * own. The array echoes what is typed; that echo is not shown a second time after the input it repeats.
 */
public final class SessionText {
	public enum Kind {
		OUTPUT, INPUT, MARKER
	}

	/** A run of text of one kind. */
	public record Segment(Kind kind, String text) {
	}

	private String pendingEcho = "";
	private boolean atLineStart = true;

	public List<Segment> take(CastEvent event) {
		List<Segment> segments = new ArrayList<>();
		if (event.isMarker()) {
			pendingEcho = "";
			add(segments, Kind.MARKER, (atLineStart ? "" : "\n") + "-- " + printable(event.data()) + " --\n");
		} else if (event.isInput()) {
			pendingEcho = event.data();
			add(segments, Kind.INPUT, printable(event.data()));
		} else if (event.isOutput()) {
			add(segments, Kind.OUTPUT, printable(withoutEcho(event.data())));
		}
		return segments;
	}

	/** Drops the part of the output that only echoes the input just typed. */
	private String withoutEcho(String output) {
		int same = 0;
		while (same < output.length() && same < pendingEcho.length() && output.charAt(same) == pendingEcho.charAt(same)) {
			same++;
		}
		if (same == pendingEcho.length() || same == output.length() && same > 0) {
			pendingEcho = pendingEcho.substring(same);
			return output.substring(same);
		}
		pendingEcho = ""; // the array did not echo (a password, or a line it printed by itself)
		return output;
	}

	private void add(List<Segment> segments, Kind kind, String text) {
		if (!text.isEmpty()) {
			segments.add(new Segment(kind, text));
			atLineStart = text.endsWith("\n");
		}
	}

	/** Newlines and tabs stay; CR, bells, backspaces and other control characters would only garble the view. */
	static String printable(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)) {
				s.append(c);
			}
		}
		return s.toString();
	}
}
