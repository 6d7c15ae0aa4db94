package org.restripe.monitor.samples;

import java.sql.Connection;

import org.restripe.store.StoreException;

/** Where the sample store gets its connections: {@code database::connect} of a RestripeDatabase. */
@FunctionalInterface
public interface Connections {
	Connection connect() throws StoreException;
}
