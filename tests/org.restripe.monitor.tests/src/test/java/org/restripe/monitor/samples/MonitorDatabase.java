package org.restripe.monitor.samples;

import java.nio.file.Path;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * The one place the monitoring tests get their database: embedded Derby in a temporary directory. When the
 * store's test support runs a test on every engine, this is the method to hand to it.
 */
public final class MonitorDatabase implements AutoCloseable {
	private final RestripeDatabase database;

	private MonitorDatabase(RestripeDatabase database) {
		this.database = database;
	}

	public static MonitorDatabase open(Path directory) throws StoreException {
		return new MonitorDatabase(RestripeDatabase.openEmbedded(directory));
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
