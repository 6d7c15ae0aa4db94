package org.restripe.connect.run;

import java.io.IOException;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.host.TerminalServerMenu;

/** A site on a LAN link: telnet to the management host's terminal server menu, no modem. */
public record TelnetSiteLink(String host, int port, HostMenuDialect dialect, Duration timeout, Duration idleLimit)
		implements SiteLink {

	@Override
	public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
		monitor.subTask("Connecting to the management host " + host + ":" + port);
		Transport line = new InactivityTimer(TcpTransport.connect(host, port, timeout), recording, idleLimit);
		try {
			return TerminalServerMenu.attach(line, dialect, recording, timeout);
		} catch (IOException | RuntimeException e) {
			line.close();
			throw e;
		}
	}

	@Override
	public String describe() {
		return "telnet to the management host " + host + ":" + port;
	}
}
