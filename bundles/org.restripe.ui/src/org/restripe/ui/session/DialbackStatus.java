package org.restripe.ui.session;

import java.util.Locale;

import org.restripe.connect.modem.DialbackCall;

/**
 * Hears a dial: line's dialback call (on the thread that runs it) and posts each state to the Session view:
 * "Dialling", "Password", "Awaiting callback", "Connected", or a failure with what went wrong.
 */
public final class DialbackStatus implements DialbackCall.Listener {

	@Override
	public void stateChanged(DialbackCall.State state, String message) {
		SessionBoard.dialback(label(state), message == null ? "" : message);
	}

	/** The state as the engineer reads it: AWAITING_CALLBACK is "Awaiting callback". */
	public static String label(DialbackCall.State state) {
		String words = state.name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
