package org.restripe.connect.modem;

/** The modem lost carrier in the middle of a session: the site's line dropped; the session must be dialled again. */
public final class CarrierLostException extends DialbackException {
	private static final long serialVersionUID = 1L;

	public CarrierLostException(String message) {
		super(DialbackCall.State.CARRIER_LOST, message);
	}
}
