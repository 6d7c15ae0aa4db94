package org.restripe.store.testing;

import java.nio.file.Path;
import java.util.List;

import org.restripe.store.DatabaseLogin;
import org.restripe.store.Engine;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * A fresh, empty Restripe database on one engine, for one test: a data directory for embedded Derby, or a
 * new database on the run's Derby Network Server or PostgreSQL. {@link #open()} opens it (migrating it the
 * first time), as many times as the test likes.
 */
public final class FreshStore {
	private final Engine engine;
	private final Path dataDirectory;
	private final String url;
	private final String user;
	private final char[] password;

	FreshStore(Engine engine, Path dataDirectory, String url, String user, char[] password) {
		this.engine = engine;
		this.dataDirectory = dataDirectory;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	public static FreshStore embedded(Path dataDirectory) {
		return new FreshStore(Engine.EMBEDDED_DERBY, dataDirectory, null, null, null);
	}

	public static FreshStore onDerbyNetworkServer() {
		DerbyNetworkServer server = DerbyNetworkServer.shared();
		return new FreshStore(Engine.DERBY_NETWORK, null, server.url(server.createDatabase()), null, null);
	}

	public static FreshStore onPostgres() {
		PostgresServer server = PostgresServer.shared();
		return new FreshStore(Engine.POSTGRESQL, null, server.url(server.createDatabase()), PostgresServer.USER,
				server.password());
	}

	public Engine engine() {
		return engine;
	}

	/** The shared database's URL; null for embedded Derby. */
	public String url() {
		return url;
	}

	/** The embedded database's data directory; null for a shared one. */
	public Path dataDirectory() {
		return dataDirectory;
	}

	/** The login that lets the test in. */
	public DatabaseLogin login() {
		return DatabaseLogin.of(user, password);
	}

	public RestripeDatabase open() throws StoreException {
		return engine == Engine.EMBEDDED_DERBY ? RestripeDatabase.openEmbedded(dataDirectory)
				: RestripeDatabase.open(url, login());
	}

	/**
	 * How another JVM finds this database: {@link #fromArguments} rebuilds it there. The password is not among
	 * them (command lines are visible to every user of the machine): give it to the other JVM on its stdin.
	 */
	public List<String> arguments() {
		return List.of(engine.name(), engine == Engine.EMBEDDED_DERBY ? dataDirectory.toString() : url,
				user == null ? "-" : user);
	}

	/** The password for {@link #fromArguments} in another JVM ("" when there is none). */
	public String passwordForChild() {
		return password == null ? "" : new String(password);
	}

	public static FreshStore fromArguments(List<String> arguments, String password) {
		Engine engine = Engine.valueOf(arguments.get(0));
		String user = "-".equals(arguments.get(2)) ? null : arguments.get(2);
		char[] pw = password == null || password.isEmpty() ? null : password.toCharArray();
		return engine == Engine.EMBEDDED_DERBY ? embedded(Path.of(arguments.get(1)))
				: new FreshStore(engine, null, arguments.get(1), user, pw);
	}

	@Override
	public String toString() {
		return switch (engine) {
		case EMBEDDED_DERBY -> "embedded Derby";
		case DERBY_NETWORK -> "Derby Network Server";
		case POSTGRESQL -> "PostgreSQL";
		};
	}
}
