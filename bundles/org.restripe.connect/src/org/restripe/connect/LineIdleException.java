package org.restripe.connect;

import java.io.IOException;
import java.time.Duration;

/**
 * The inactivity timer dropped the line: no byte went either way for its idle limit. Unlike a line the far
 * end dropped, nothing failed: the session was left alone too long, and the array is where the last
 * recorded command left it.
 */
public class LineIdleException extends IOException {
	private static final long serialVersionUID = 1L;
	private final Duration idleLimit;

	public LineIdleException(String message, Duration idleLimit) {
		super(message);
		this.idleLimit = idleLimit;
	}

	/** How long the line had been idle when it was dropped. */
	public Duration idleLimit() {
		return idleLimit;
	}
}
