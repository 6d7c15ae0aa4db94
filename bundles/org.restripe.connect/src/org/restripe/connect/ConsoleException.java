package org.restripe.connect;

import java.io.IOException;

/** The console did not behave as a session needs: no prompt in time, login refused, line closed. */
public class ConsoleException extends IOException {
	private static final long serialVersionUID = 1L;

	public ConsoleException(String message) {
		super(message);
	}

	public ConsoleException(String message, Throwable cause) {
		super(message, cause);
	}
}
