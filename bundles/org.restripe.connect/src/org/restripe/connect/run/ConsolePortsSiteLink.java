package org.restripe.connect.run;

import java.time.Duration;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.PortPerTcpPort;

/** A terminal server that publishes each console on a TCP port of its own (ser2net, Cyclades, Opengear). */
public record ConsolePortsSiteLink(String host, Map<String, Integer> portByArray, Duration timeout, Duration idleLimit)
		implements SiteLink {

	@Override
	public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) {
		PortPerTcpPort ports = new PortPerTcpPort(host, portByArray, timeout);
		return new ConsoleAccess() {
			@Override
			public org.restripe.connect.Transport open(String arrayName) throws java.io.IOException {
				return new InactivityTimer(ports.open(arrayName), recording, idleLimit);
			}

			@Override
			public String describe() {
				return ports.describe();
			}

			@Override
			public void close() {
				ports.close();
			}
		};
	}

	@Override
	public String describe() {
		return "console ports of " + host + " " + new java.util.TreeMap<>(portByArray);
	}
}
