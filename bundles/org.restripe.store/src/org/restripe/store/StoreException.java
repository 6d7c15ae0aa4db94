package org.restripe.store;

/** A failure of the Restripe database, carrying what was being done and where. */
public class StoreException extends Exception {
	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
