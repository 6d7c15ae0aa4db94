package org.restripe.connect.run;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SerialTransport;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.TcpTransport;
import org.restripe.connect.Transport;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.connect.host.HostMenuDialect;
import org.restripe.connect.host.TerminalServerMenu;
import org.restripe.connect.modem.DialbackCall;
import org.restripe.connect.modem.DialbackSettings;

/**
 * The secured line of the seed: the center's modem (a serial port, or a modem server on TCP) dials the site's
 * dial-security modem, gives the account's password, takes the call back and reaches the management host's
 * terminal server. Each open is a new call; closing the access leaves the menu and hangs up.
 *
 * @param modem the center's modem: a device path (/dev/ttyS0, a pty) or {@code tcp:HOST:PORT}
 * @param baud the serial line's speed to the center's modem
 * @param idleLimit the call is dropped after this long without a byte either way (the inactivity timer)
 */
public record DialbackSiteLink(String modem, int baud, DialbackSettings settings, SecretSource secrets,
		HostMenuDialect dialect, Duration replyTimeout, Duration idleLimit, List<DialbackCall.Listener> listeners)
		implements SiteLink {

	public DialbackSiteLink {
		listeners = List.copyOf(listeners);
	}

	@Override
	public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor) throws IOException {
		return open(recording, monitor, UnaryOperator.identity());
	}

	/** As {@link #open(SessionRecording, IProgressMonitor)}, the line to the modem seen through {@code wire}. */
	public ConsoleAccess open(SessionRecording recording, IProgressMonitor monitor, UnaryOperator<Transport> wire)
			throws IOException {
		Transport modemLine = wire.apply(openModem());
		try {
			DialbackCall call = new DialbackCall(modemLine, settings, secrets, recording);
			listeners.forEach(call::addListener);
			Transport data = new InactivityTimer(new CallLine(call.connect(monitor), modemLine), recording, idleLimit);
			return TerminalServerMenu.attach(data, dialect, recording, replyTimeout);
		} catch (IOException | RuntimeException e) {
			modemLine.close();
			throw e;
		}
	}

	private Transport openModem() throws IOException {
		if (modem.startsWith("tcp:")) {
			String[] f = modem.substring(4).split(":");
			if (f.length != 2) {
				throw new IOException("'" + modem + "' must read tcp:HOST:PORT");
			}
			return TcpTransport.connect(f[0], Integer.parseInt(f[1]), replyTimeout);
		}
		return SerialTransport.open(modem, baud);
	}

	@Override
	public String describe() {
		return "dialback " + settings.siteNumber() + " through the center's modem " + modem;
	}

	/** The call's data link; closing it hangs up, then frees the line to the center's modem. */
	private record CallLine(Transport data, Transport modemLine) implements Transport {
		@Override
		public void write(byte[] bytes) throws IOException {
			data.write(bytes);
		}

		@Override
		public byte[] read(Duration timeout) throws IOException {
			return data.read(timeout);
		}

		@Override
		public String describe() {
			return data.describe();
		}

		@Override
		public void close() throws IOException {
			try {
				data.close();
			} finally {
				modemLine.close();
			}
		}
	}
}
