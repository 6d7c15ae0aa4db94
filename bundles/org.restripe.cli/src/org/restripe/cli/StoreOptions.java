package org.restripe.cli;

import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

import picocli.CommandLine.Mixin;

/**
 * {@code --data DIR} and {@code --db URL}: where the desk's database is. Without {@code --db} (or the
 * RESTRIPE_DB environment variable) it is the embedded Derby database in the data directory; with it, a
 * database several centers share (see {@link SharedDatabaseOptions}).
 */
final class StoreOptions {
	@Mixin
	DataOptions data = new DataOptions();

	@Mixin
	SharedDatabaseOptions shared = new SharedDatabaseOptions();

	/** Opens the database, bringing its schema up to date; the caller closes it. */
	RestripeDatabase open() throws StoreException {
		Optional<RestripeDatabase> given = shared.open();
		return given.isPresent() ? given.get() : RestripeDatabase.openEmbedded(data.dataDirectory());
	}
}
