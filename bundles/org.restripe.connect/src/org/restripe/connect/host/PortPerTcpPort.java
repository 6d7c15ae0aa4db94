package org.restripe.connect.host;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;

/**
 * Consoles reached one TCP port each, as a terminal server publishes its serial ports: ser2net's
 * {@code accepter: telnet,PORT} entries, Cyclades socket_server (7001 and up), Opengear (telnet 2000+N, raw
 * 4000+N). Telnet negotiation, when the port speaks it, is declined by the transport.
 */
public final class PortPerTcpPort implements ConsoleAccess {
	private final String host;
	private final Map<String, Integer> portByArray;
	private final Duration connectTimeout;

	public PortPerTcpPort(String host, Map<String, Integer> portByArray, Duration connectTimeout) {
		this.host = host;
		this.portByArray = Map.copyOf(portByArray);
		this.connectTimeout = connectTimeout;
	}

	@Override
	public Transport open(String arrayName) throws IOException {
		Integer port = portByArray.get(arrayName);
		if (port == null) {
			throw new IOException("No console port of " + host + " is wired to array " + arrayName + " (known: "
					+ String.join(", ", new java.util.TreeSet<>(portByArray.keySet())) + ")");
		}
		return TcpTransport.connect(host, port, connectTimeout);
	}

	@Override
	public String describe() {
		return "console ports of " + host + " (one TCP port each)";
	}

	@Override
	public void close() {
		// every console line is closed by its user; nothing is held between them
	}
}
