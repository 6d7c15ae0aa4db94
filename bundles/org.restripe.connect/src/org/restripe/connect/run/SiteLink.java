package org.restripe.connect.run;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.host.ConsoleAccess;

/**
 * How the center gets onto the site's line: dial the dialback modem and reach the management host's terminal
 * server, telnet to it over a LAN link, or open its console ports directly. A run calls it again when the line
 * drops, to resume or to roll back.
 */
public interface SiteLink {

	/** A fresh way to the site's consoles, everything it says recorded in {@code recording}. */
	ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException;

	/** E.g. "dialback +1 555 0100 via /dev/ttyUSB0", for the record and for messages. */
	String describe();
}
