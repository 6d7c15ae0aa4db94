package org.restripe.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.restripe.store.DatabaseLogin;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

import picocli.CommandLine.Option;

/**
 * {@code --db URL}, {@code --db-user}, {@code --db-password-file}: the database several centers share. Without {@code --db} (or the
 * RESTRIPE_DB environment variable) it is the embedded Derby database in the data directory; with it, a
 * database several centers share, on a Derby Network Server ({@code restripe store-server}) or PostgreSQL.
 * The password of a shared database is asked on the terminal (not echoed) when the server wants one, or read
 * from {@code --db-password-file}; it is never part of the URL.
 */
final class SharedDatabaseOptions {
	@Option(names = "--db", paramLabel = "URL", defaultValue = "${env:RESTRIPE_DB}",
			description = "the shared database: jdbc:derby://HOST:PORT/NAME or jdbc:postgresql://HOST:PORT/NAME"
					+ " (default: RESTRIPE_DB, else embedded Derby in the data directory)")
	String url;

	@Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:RESTRIPE_DB_USER}",
			description = "the user to log in to the shared database as (default: RESTRIPE_DB_USER, else the"
					+ " engine's default)")
	String user;

	@Option(names = "--db-password-file", paramLabel = "FILE", description = "the database password on the first"
			+ " line of FILE, which must be readable by you only; else asked on the terminal when the server wants one")
	Path passwordFile;

	/** The shared database when one is given (--db or RESTRIPE_DB), opened and migrated; the caller closes it. */
	Optional<RestripeDatabase> open() throws StoreException {
		return url == null || url.isBlank() ? Optional.empty() : Optional.of(RestripeDatabase.open(url.strip(), login()));
	}

	private DatabaseLogin login() {
		String name = user == null || user.isBlank() ? null : user.strip();
		Path file = passwordFile;
		return new DatabaseLogin() {
			@Override
			public String user() {
				return name;
			}

			@Override
			public char[] password(String forUser, String database) throws StoreException {
				try {
					return file != null ? CenterKeyOptions.fromFile(file) : ask(forUser, database);
				} catch (IOException e) {
					throw new StoreException(e.getMessage(), e);
				}
			}
		};
	}

	private static char[] ask(String user, String database) throws IOException {
		String who = user == null ? "the database" : "database user " + user;
		Console console = System.console();
		if (console == null) {
			throw new IOException(database + " asks for the password of " + who + ": run on a terminal to be"
					+ " asked, or give --db-password-file FILE (readable by you only)");
		}
		char[] typed = console.readPassword("Password of %s on %s: ", who, database);
		if (typed == null) {
			throw new IOException("no password given for " + who);
		}
		return typed;
	}
}
