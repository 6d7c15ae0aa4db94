package org.restripe.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;

/** The same store, on embedded Derby, a Derby Network Server and PostgreSQL. */
class SharedStoreTest {

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void theFirstOpenAppliesEveryMigrationAndRecordsItTheNextAppliesNone(FreshStore store) throws Exception {
		try (RestripeDatabase db = store.open()) {
			assertEquals(store.engine(), db.engine());
			assertEquals(RestripeDatabase.MIGRATIONS.size(), db.migrationsApplied());
			assertEquals(RestripeDatabase.MIGRATIONS.size(), db.schemaVersion());
			assertEquals(RestripeDatabase.MIGRATIONS, recordedSteps(db));
		}
		try (RestripeDatabase db = store.open()) {
			assertEquals(0, db.migrationsApplied(), "an up-to-date database is left alone");
			assertEquals(RestripeDatabase.MIGRATIONS, recordedSteps(db));
		}
	}

	private static List<String> recordedSteps(RestripeDatabase db) throws Exception {
		List<String> steps = new ArrayList<>();
		try (Connection c = db.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT VERSION, DESCRIPTION FROM SCHEMA_VERSION ORDER BY VERSION")) {
			while (rs.next()) {
				assertEquals(steps.size() + 1, rs.getInt(1));
				steps.add(rs.getString(2));
			}
		}
		return steps;
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void fourCentersOpeningAFreshDatabaseAtTheSameMomentMigrateItOnce(FreshStore store) throws Exception {
		int centers = 4;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(centers);
		try {
			List<Future<Integer>> applied = new ArrayList<>();
			for (int i = 0; i < centers; i++) {
				applied.add(pool.submit((Callable<Integer>) () -> {
					go.await();
					try (RestripeDatabase db = store.open()) {
						return db.migrationsApplied();
					}
				}));
			}
			go.countDown();
			int total = 0;
			for (Future<Integer> f : applied) {
				total += f.get(120, TimeUnit.SECONDS); // every center opens without an error
			}
			assertEquals(RestripeDatabase.MIGRATIONS.size(), total, "each step applied by exactly one center");
		} finally {
			pool.shutdownNow();
		}
		try (RestripeDatabase db = store.open()) {
			assertEquals(RestripeDatabase.MIGRATIONS, recordedSteps(db));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void theSecondEngineerToChangeARowIsRefusedWithWhoChangedIt(FreshStore store) throws Exception {
		VersionedTable notes = VersionedTable.of("SITE_NOTE", "Note");
		try (RestripeDatabase db = store.open(); Connection anna = db.connect(); Connection bob = db.connect()) {
			try (Statement s = anna.createStatement()) {
				s.execute("CREATE TABLE SITE_NOTE (ID INT PRIMARY KEY, BODY VARCHAR(200) NOT NULL,"
						+ " VERSION INT DEFAULT 0 NOT NULL, CHANGED_BY VARCHAR(64), CHANGED_AT TIMESTAMP)");
				s.execute("INSERT INTO SITE_NOTE (ID, BODY) VALUES (12, 'spare disk in tray 2')");
			}
			int read = 0; // both engineers read version 0
			assertEquals(1, notes.update(anna, 12, read, "anna", "BODY = ?", "spare disk in tray 3"));
			StaleRowException refused = assertThrows(StaleRowException.class,
					() -> notes.update(bob, 12, read, "bob", "BODY = ?", "no spare"));
			assertTrue(refused.getMessage().matches(
					"Note 12 was changed by anna at \\d\\d:\\d\\d since you read it: reload it and try again"),
					refused.getMessage());
			assertEquals("anna", refused.changedBy());
			assertEquals(1, refused.currentVersion());
			assertEquals("spare disk in tray 3", body(bob, 12), "anna's change kept, bob's not written");
			assertEquals(2, notes.update(bob, 12, refused.currentVersion(), "bob", "BODY = ?", "no spare"),
					"after reloading, bob's change goes in");
			try (Statement s = anna.createStatement()) {
				s.execute("DELETE FROM SITE_NOTE WHERE ID = 12");
			}
			StaleRowException gone = assertThrows(StaleRowException.class,
					() -> notes.update(anna, 12, 2, "anna", "BODY = ?", "x"));
			assertEquals("Note 12 was deleted since you read it: nothing was changed", gone.getMessage());
		}
	}

	private static String body(Connection c, int id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT BODY FROM SITE_NOTE WHERE ID = ?")) {
			p.setInt(1, id);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void constraintViolationsReadAsWhatWentWrong(FreshStore store) throws Exception {
		try (RestripeDatabase db = store.open(); Connection c = db.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme Freight', 'EMEA')");
			assertEquals("Cannot add customer c1: there is already one with the same key (CUSTOMER)",
					translated("Cannot add customer c1",
							() -> s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme', 'EMEA')"))
							.replaceFirst(": Key .*", ""));
			assertTrue(translated("Cannot add contract k1", () -> s.executeUpdate("INSERT INTO CONTRACT"
					+ " (ID, CUSTOMER_ID, SERVICE_LEVEL, YEAR_START) VALUES ('k1', 'nobody', 1, CURRENT_DATE)"))
					.startsWith("Cannot add contract k1: it refers to something that does not exist, or something"
							+ " else still refers to it (CONTRACT)"));
			assertTrue(translated("Cannot add contract k2", () -> s.executeUpdate("INSERT INTO CONTRACT"
					+ " (ID, CUSTOMER_ID, SERVICE_LEVEL, YEAR_START) VALUES ('k2', 'c1', 4, CURRENT_DATE)"))
					.startsWith("Cannot add contract k2: a value is outside what is allowed (CONTRACT)"));
			assertTrue(translated("Cannot add customer c2", () -> s.executeUpdate(
					"INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c2', NULL, 'EMEA')"))
					.startsWith("Cannot add customer c2: a required value is missing"));
		}
	}

	interface Sql {
		void run() throws SQLException;
	}

	private static String translated(String doing, Sql sql) {
		SQLException e = assertThrows(SQLException.class, sql::run);
		return StoreErrors.translate(doing, e).getMessage();
	}
}
