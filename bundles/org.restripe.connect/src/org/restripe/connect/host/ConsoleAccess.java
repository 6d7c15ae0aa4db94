package org.restripe.connect.host;

import java.io.IOException;

import org.restripe.connect.Transport;

/**
 * How the center reaches the arrays' consoles at a site: through the storage management host's terminal
 * server, one console after the other over one line (a dialled call or a telnet session), or one TCP port per
 * console as ser2net, Cyclades and Opengear offer them. Closing a console's line leaves the console as it is
 * (a serial console stays logged in) and frees the way to the next one.
 */
public interface ConsoleAccess extends AutoCloseable {

	/** A line to the console of the array the site calls {@code arrayName}; one console at a time. */
	Transport open(String arrayName) throws IOException;

	/**
	 * Fails when the line under the access dropped while nobody used it (e.g. while the engineer is asked to
	 * confirm); nothing is typed.
	 */
	default void checkAlive() throws IOException {
		// an access without a line of its own has nothing to lose
	}

	/** The way in, for the session record, e.g. "terminal server storemgr over dialback +1 555 0100". */
	String describe();

	/** Ends the whole access (leaves the terminal server, hangs up the call it runs over). */
	@Override
	void close() throws IOException;
}
