package org.restripe.ui.session;

/** Where the line of the current session stands, as the Session view's status shows it. */
public enum LineState {
	NONE("no session"), CONNECTING("connecting"), CONNECTED("connected"), LOST("line lost"), ENDED("ended");

	private final String label;

	LineState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
