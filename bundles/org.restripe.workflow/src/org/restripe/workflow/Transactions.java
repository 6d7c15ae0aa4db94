package org.restripe.workflow;

import java.sql.Connection;
import java.sql.SQLException;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * One unit of the desk's work in one transaction: all of it is written, or (on any failure, a refused input
 * included) none of it.
 */
final class Transactions {
	/** The work done on one connection. */
	@FunctionalInterface
	interface Work<T> {
		T run(Connection c) throws SQLException, StoreException;
	}

	private Transactions() {
	}

	/** Runs {@code work} in a transaction; {@code doing} completes "Cannot ..." when the database fails. */
	static <T> T run(RestripeDatabase database, String doing, Work<T> work) throws StoreException {
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			try {
				T result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | StoreException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot " + doing + ": " + e.getMessage(), e);
		}
	}

	/** Read-only work on one connection, outside a transaction. */
	static <T> T read(RestripeDatabase database, String doing, Work<T> work) throws StoreException {
		try (Connection c = database.connect()) {
			return work.run(c);
		} catch (SQLException e) {
			throw new StoreException("Cannot " + doing + ": " + e.getMessage(), e);
		}
	}
}
