package org.restripe.connect.run;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import org.restripe.connect.ConsoleSession;
import org.restripe.connect.Credentials;
import org.restripe.connect.Secret;
import org.restripe.connect.SecretSource;
import org.restripe.connect.SessionRecording;
import org.restripe.connect.Transport;
import org.restripe.connect.host.ConsoleAccess;
import org.restripe.drivers.api.ArrayDriver;

/**
 * Logs in to one array's console after another through the site's console access, each with the password the
 * secret source hands over for that array (asked once per array and run, then forgotten).
 */
public final class ArrayConsoles {
	private final ConsoleAccess access;
	private final SecretSource secrets;
	private final SessionRecording recording;
	private final String user;
	private final Duration replyTimeout;

	public ArrayConsoles(ConsoleAccess access, SecretSource secrets, SessionRecording recording, String user,
			Duration replyTimeout) {
		this.access = access;
		this.secrets = secrets;
		this.recording = recording;
		this.user = user;
		this.replyTimeout = replyTimeout;
	}

	/** A logged-in console of the array; closing it leaves the console through the access (still logged in). */
	public ConsoleSession login(String arrayName, ArrayDriver driver) throws IOException {
		recording.marker("console of array " + arrayName + " via " + access.describe());
		Transport line = access.open(arrayName);
		char[] password = null;
		try {
			password = secrets.secret(new Secret(Secret.Kind.ARRAY_LOGIN, arrayName));
			Credentials credentials = new Credentials(user, password);
			try {
				return ConsoleSession.login(line, driver.console(), credentials, recording, replyTimeout);
			} finally {
				credentials.forget();
			}
		} catch (IOException | RuntimeException e) {
			line.close();
			throw e;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	public ConsoleAccess access() {
		return access;
	}

	public SessionRecording recording() {
		return recording;
	}
}
