package org.restripe.cli;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR} and {@code --db URL}: where the desk's database is. Without {@code --db} (or the
 * RESTRIPE_DB environment variable) it is the embedded Derby database in the data directory.
 */
final class StoreOptions {
	@Mixin
	DataOptions data = new DataOptions();

	@Option(names = "--db", paramLabel = "URL", defaultValue = "${env:RESTRIPE_DB}",
			description = "the shared database: jdbc:derby://HOST:PORT/NAME or jdbc:postgresql://HOST:PORT/NAME"
					+ " (default: RESTRIPE_DB, else embedded Derby in the data directory)")
	String url;

	/** Opens the database, bringing its schema up to date; the caller closes it. */
	RestripeDatabase open() throws StoreException {
		if (url != null && !url.isBlank()) {
			throw new StoreException("A shared database (" + url + ") is not supported yet; leave out --db"
					+ " for the embedded database in " + data.dataDirectory());
		}
		return RestripeDatabase.openEmbedded(data.dataDirectory());
	}
}
