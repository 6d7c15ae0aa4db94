package org.restripe.connect.run;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.restripe.connect.InactivityTimer;
import org.restripe.connect.Secret;
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
		// the password is had before dialling: a person typing it at Password> would miss the site's window
		AskedOnce asked = new AskedOnce(secrets, new Secret(Secret.Kind.DIAL_ACCOUNT, settings.siteNumber()));
		Transport modemLine = wire.apply(openModem());
		try {
			DialbackCall call = new DialbackCall(modemLine, settings, asked, recording);
			listeners.forEach(call::addListener);
			Transport connected;
			try {
				connected = call.connect(monitor);
			} finally {
				asked.forget();
			}
			Transport data = new InactivityTimer(new CallLine(connected, modemLine), recording, idleLimit);
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

	/** The dialback password asked once, before the call; every other secret asked when it is needed. */
	private static final class AskedOnce implements SecretSource {
		private final SecretSource secrets;
		private final Secret dial;
		private final char[] password;

		AskedOnce(SecretSource secrets, Secret dial) throws IOException {
			this.secrets = secrets;
			this.dial = dial;
			this.password = secrets.secret(dial);
		}

		@Override
		public char[] secret(Secret secret) throws IOException {
			return secret.equals(dial) ? password.clone() : secrets.secret(secret);
		}

		void forget() {
			java.util.Arrays.fill(password, '\0');
		}
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
