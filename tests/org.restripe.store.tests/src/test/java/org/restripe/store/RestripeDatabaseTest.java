package org.restripe.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestripeDatabaseTest {

	@TempDir
	Path data;

	@Test
	void firstOpenCreatesTheDatabaseAtTheCurrentSchema() throws Exception {
		try (RestripeDatabase db = RestripeDatabase.openEmbedded(data)) {
			assertTrue(Files.isDirectory(data.resolve("db")), "database folder created in the data directory");
			assertEquals(RestripeDatabase.MIGRATIONS.size(), db.schemaVersion());
		}
	}

	@Test
	void derbyLogIsKeptBesideTheDatabaseOfAProgramThatOpensIt() throws Exception {
		// Derby picks its log file when it boots, once per JVM: so a fresh JVM, as the workbench or CLI is
		Process open = Forked.start(EmbeddedOpen.class, List.of(data.toString()));
		assertTrue(open.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
		assertEquals(0, open.exitValue());
		assertTrue(Files.exists(data.resolve("derby.log")), "derby.log kept beside the database");
	}

	@Test
	void aDatabaseAnotherProgramHoldsIsNamedAsSuch() throws Exception {
		Process holder = Forked.start(EmbeddedHold.class, List.of(data.toString()));
		try {
			String said = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
			assertEquals("open", said, "the other program opened the database");
			StoreException e = assertThrows(StoreException.class, () -> RestripeDatabase.openEmbedded(data));
			assertTrue(e.getMessage().startsWith("Cannot open the Restripe database in " + data.resolve("db")
					+ ": another program (a workbench, a CLI command or a restripe store-server) has this database open"),
					e.getMessage());
		} finally {
			holder.getOutputStream().close();
			assertTrue(holder.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
		}
	}

	@Test
	void rowsSurviveACloseAndReopenAndMigrationsRunOnce() throws Exception {
		try (RestripeDatabase db = RestripeDatabase.openEmbedded(data); Connection c = db.connect();
				Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme Freight', 'EMEA')");
		}
		try (RestripeDatabase db = RestripeDatabase.openEmbedded(data); Connection c = db.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT NAME FROM CUSTOMER WHERE ID = 'c1'")) {
			assertTrue(rs.next());
			assertEquals("Acme Freight", rs.getString(1));
			try (ResultSet count = c.createStatement().executeQuery("SELECT COUNT(*) FROM SCHEMA_VERSION")) {
				count.next();
				assertEquals(RestripeDatabase.MIGRATIONS.size(), count.getInt(1));
			}
		}
	}

	@Test
	void theSchemaRefusesAContractOutsideTheThreeServiceLevels() throws Exception {
		try (RestripeDatabase db = RestripeDatabase.openEmbedded(data); Connection c = db.connect();
				Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme', 'EMEA')");
			SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
					"INSERT INTO CONTRACT (ID, CUSTOMER_ID, SERVICE_LEVEL, YEAR_START) VALUES ('k', 'c1', 4, CURRENT_DATE)"));
			assertEquals("23513", e.getSQLState(), "check constraint violation");
		}
	}

	@Test
	void aDataDirectoryThatIsAFileGivesAClearError() throws Exception {
		Path file = Files.writeString(data.resolve("not-a-dir"), "x");
		StoreException e = assertThrows(StoreException.class, () -> RestripeDatabase.openEmbedded(file));
		assertTrue(e.getMessage().contains("not-a-dir"), e.getMessage());
	}

	@Test
	void migrationScriptsSplitIntoStatementsWithoutComments() {
		assertEquals(List.of("CREATE TABLE A (X INT)", "CREATE TABLE B ( Y INT)"),
				Migration.split("-- first\nCREATE TABLE A (X INT);\n\nCREATE TABLE B (\nY INT);\n"));
	}
}
