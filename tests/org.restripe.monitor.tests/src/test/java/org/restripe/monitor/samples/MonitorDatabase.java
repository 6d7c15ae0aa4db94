package org.restripe.monitor.samples;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.store.testing.FreshStore;

/**
 * The one place the monitoring tests get their database: a fresh store on the engine the store's test support
 * hands the test (embedded Derby, a Derby Network Server, PostgreSQL; see StoreEngines).
 */
public final class MonitorDatabase implements AutoCloseable {
	private final RestripeDatabase database;

	private MonitorDatabase(RestripeDatabase database) {
		this.database = database;
	}

	public static MonitorDatabase open(FreshStore store) throws StoreException {
		return new MonitorDatabase(store.open());
	}

	public Connections connections() {
		return database::connect;
	}

	public SampleStore samples() {
		return new SampleStore(connections());
	}

	@Override
	public void close() throws StoreException {
		database.close();
	}
}
