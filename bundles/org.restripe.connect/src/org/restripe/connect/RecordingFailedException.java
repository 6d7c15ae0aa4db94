package org.restripe.connect;

import java.io.IOException;

/**
 * The session recording could not be written. The session must stop: what happens on the line after this
 * would not be recorded.
 */
public class RecordingFailedException extends IOException {
	private static final long serialVersionUID = 1L;

	public RecordingFailedException(String message) {
		super(message);
	}

	public RecordingFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
