package org.restripe.plan.kit;

/** A kit cannot be written, read or trusted; the message says which part and why. */
public class KitException extends Exception {
	private static final long serialVersionUID = 1L;

	public KitException(String message) {
		super(message);
	}

	public KitException(String message, Throwable cause) {
		super(message, cause);
	}
}
