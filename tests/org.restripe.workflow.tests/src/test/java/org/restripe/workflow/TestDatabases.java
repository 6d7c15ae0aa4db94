package org.restripe.workflow;

import java.nio.file.Path;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * The one place the desk's tests get their database: embedded Derby in a temporary data directory today. When
 * the store's test support (tests/org.restripe.store.testing, a test on every engine) is on main, this is where
 * the engine is chosen, and the tests run on the network server and PostgreSQL too.
 */
final class TestDatabases {
	private TestDatabases() {
	}

	static RestripeDatabase open(Path dataDirectory) throws StoreException {
		return RestripeDatabase.openEmbedded(dataDirectory);
	}
}
