package org.restripe.store;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.derby.drda.NetworkServerControl;

/**
 * A Derby Network Server on a data directory, so that other centers reach this center's database as
 * {@code jdbc:derby://HOST:PORT/db} (the same database the embedded store keeps in DIR/db). It listens on
 * the loopback interface unless told otherwise; when a user is given, every connection must log in as that
 * user with its password, which is kept in memory only.
 */
public final class StoreServer implements AutoCloseable {
	/** The name under which the data directory's database is served. */
	public static final String DATABASE = "db";
	private static final long START_TIMEOUT_MS = 60_000;

	private final NetworkServerControl control;
	private final String host;
	private final int port;

	private StoreServer(NetworkServerControl control, String host, int port) {
		this.control = control;
		this.host = host;
		this.port = port;
	}

	/**
	 * Brings the data directory's database to the current schema, then serves it on {@code host:port}.
	 * {@code user}/{@code password} (both or neither) turn on Derby's authentication for this server's life;
	 * the password array is wiped. Derby's own log goes to {@code log}.
	 */
	public static StoreServer start(Path dataDirectory, String host, int port, String user, char[] password,
			PrintWriter log) throws StoreException {
		// relative database names (db) are resolved in the data directory; set before Derby boots
		System.setProperty("derby.system.home", dataDirectory.toAbsolutePath().toString());
		RestripeDatabase.openEmbedded(dataDirectory).close(); // migrated before anyone connects
		if (user != null) {
			DerbyConnector.shutdownEngine(); // authentication is read when Derby boots: boot it again
			requireAuthentication(user, password);
		}
		try {
			NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), port);
			control.start(log);
			StoreServer server = new StoreServer(control, host, port);
			server.awaitStarted();
			return server;
		} catch (StoreException e) {
			throw e;
		} catch (Exception e) {
			throw new StoreException("Cannot serve the Restripe database on " + host + ":" + port + ": "
					+ describe(e), e);
		}
	}

	private static void requireAuthentication(String user, char[] password) throws StoreException {
		if (password == null || password.length == 0) {
			throw new StoreException("A password is needed for the database user " + user);
		}
		System.setProperty("derby.connection.requireAuthentication", "true");
		System.setProperty("derby.authentication.provider", "BUILTIN");
		System.setProperty("derby.user." + user, new String(password));
		Arrays.fill(password, '\0');
	}

	private void awaitStarted() throws Exception {
		long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
		while (true) {
			try {
				control.ping();
				return;
			} catch (Exception notYet) {
				if (System.currentTimeMillis() > deadline) {
					stopQuietly();
					throw new StoreException("The Derby Network Server did not answer on " + host + ":" + port
							+ " within " + START_TIMEOUT_MS / 1000 + " s: " + describe(notYet), notYet);
				}
				Thread.sleep(100);
			}
		}
	}

	/** A server that never answered may not be there to stop: its refusal must not hide why it did not start. */
	private void stopQuietly() {
		try {
			control.shutdown();
		} catch (Exception notRunning) {
			// nothing to stop
		}
	}

	private static String describe(Exception e) {
		String text = e.getMessage();
		if (text != null && text.contains("Address already in use")) {
			return "the port is in use by another program";
		}
		return text == null ? e.getClass().getSimpleName() : text;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** The URL other centers give as --db (with this machine's name or address instead of a wildcard host). */
	public String url() {
		return "jdbc:derby://" + host + ":" + port + "/" + DATABASE;
	}

	/** Stops serving; connected centers lose their connections and the database is shut down cleanly. */
	@Override
	public void close() throws StoreException {
		try {
			control.shutdown();
		} catch (Exception e) {
			throw new StoreException("The Derby Network Server on " + host + ":" + port + " did not stop: "
					+ describe(e), e);
		}
	}
}
