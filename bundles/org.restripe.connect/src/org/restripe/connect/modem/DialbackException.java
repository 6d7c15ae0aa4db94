package org.restripe.connect.modem;

import java.io.IOException;

/** A dialback that did not reach the site, or a line that dropped: the state it ended in says which. */
public class DialbackException extends IOException {
	private static final long serialVersionUID = 1L;

	private final DialbackCall.State state;

	public DialbackException(DialbackCall.State state, String message) {
		super(message);
		this.state = state;
	}

	public DialbackException(DialbackCall.State state, String message, Throwable cause) {
		super(message, cause);
		this.state = state;
	}

	public DialbackCall.State state() {
		return state;
	}
}
