package org.restripe.ui.session;

/**
 * One event of an asciicast v2 recording: {@code [time, code, data]}, time in seconds from the start, code
 * {@code o} (the array printed), {@code i} (the center typed) or {@code m} (a marker: what the center did).
 */
public record CastEvent(double time, String code, String data) {
	public static final String OUTPUT = "o";
	public static final String INPUT = "i";
	public static final String MARKER = "m";

	public boolean isOutput() {
		return OUTPUT.equals(code);
	}

	public boolean isInput() {
		return INPUT.equals(code);
	}

	public boolean isMarker() {
		return MARKER.equals(code);
	}
}
