package org.restripe.drivers.api;

/** The array's output could not be read into the model; the message names the command and the line. */
public class DiscoveryException extends Exception {
	private static final long serialVersionUID = 1L;

	public DiscoveryException(String message) {
		super(message);
	}
}
