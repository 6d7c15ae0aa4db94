package org.restripe.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.restripe.store.testing.DerbyNetworkServer;
import org.restripe.store.testing.FreePort;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.PostgresServer;

/** What an engineer sees when the shared database cannot be reached or refuses them. */
class ConnectionRefusalsTest {

	@Test
	void aUrlOfAnotherEngineNamesTheTwoThatWork() {
		StoreException e = assertThrows(StoreException.class,
				() -> RestripeDatabase.open("jdbc:mysql://db.example/restripe", DatabaseLogin.NONE));
		assertEquals("'jdbc:mysql://db.example/restripe' is not a shared database Restripe can use: give"
				+ " jdbc:derby://HOST:PORT/NAME (a restripe store-server) or jdbc:postgresql://HOST:PORT/NAME",
				e.getMessage());
	}

	@Test
	void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
		StoreException e = assertThrows(StoreException.class, () -> RestripeDatabase
				.open("jdbc:postgresql://127.0.0.1:5432/restripe?user=anna&password=Tr0ub4dor", DatabaseLogin.NONE));
		assertFalse(e.getMessage().contains("Tr0ub4dor"), e.getMessage());
		assertTrue(e.getMessage().startsWith("The database URL holds a password: leave it out of the URL"),
				e.getMessage());
	}

	@Test
	void aDerbyServerThatIsNotRunningIsNamedAsUnreachable() {
		String url = "jdbc:derby://127.0.0.1:" + FreePort.loopback() + "/db";
		StoreException e = assertThrows(StoreException.class, () -> RestripeDatabase.open(url, DatabaseLogin.NONE));
		assertEquals("Cannot open the Restripe database " + url + ": nothing answers at that host and port: is the"
				+ " database server (restripe store-server, or PostgreSQL) running there, and the port open to you?",
				e.getMessage());
	}

	@Test
	void aPostgresServerThatIsNotRunningIsNamedAsUnreachable() {
		String url = "jdbc:postgresql://127.0.0.1:" + FreePort.loopback() + "/restripe";
		StoreException e = assertThrows(StoreException.class,
				() -> RestripeDatabase.open(url, DatabaseLogin.of("anna", "secret".toCharArray())));
		assertTrue(e.getMessage().startsWith("Cannot open the Restripe database " + url + ": nothing answers at"
				+ " that host and port"), e.getMessage());
	}

	@Test
	void anUnknownHostIsNamed() {
		StoreException e = assertThrows(StoreException.class,
				() -> RestripeDatabase.open("jdbc:derby://no-such-host.invalid:1527/db", DatabaseLogin.NONE));
		assertEquals("Cannot open the Restripe database jdbc:derby://no-such-host.invalid:1527/db: the host"
				+ " no-such-host.invalid is not known", e.getMessage());
	}

	@Test
	void aWrongPostgresPasswordIsRefusedAsAuthentication() {
		String url = PostgresServer.shared().url(PostgresServer.shared().createDatabase());
		StoreException e = assertThrows(StoreException.class,
				() -> RestripeDatabase.open(url, DatabaseLogin.of(PostgresServer.USER, "wrong".toCharArray())));
		assertEquals("Cannot open the Restripe database " + url
				+ ": the database refused the user name or password (authentication failed)", e.getMessage());
	}

	@Test
	void thePostgresPasswordIsAskedOnlyWhenTheServerWantsOne() throws Exception {
		PostgresServer server = PostgresServer.shared();
		String url = server.url(server.createDatabase());
		AtomicInteger asked = new AtomicInteger();
		DatabaseLogin login = new DatabaseLogin() {
			@Override
			public String user() {
				return PostgresServer.USER;
			}

			@Override
			public char[] password(String user, String database) {
				asked.incrementAndGet();
				assertEquals(url, database);
				return server.password();
			}
		};
		try (RestripeDatabase db = RestripeDatabase.open(url, login)) {
			assertEquals(RestripeDatabase.MIGRATIONS.size(), db.schemaVersion(), "later connections reuse it");
		}
		assertEquals(1, asked.get());
	}

	@Test
	void aMissingPostgresDatabaseIsNamed() {
		String url = PostgresServer.shared().url("no_such_database");
		StoreException e = assertThrows(StoreException.class,
				() -> RestripeDatabase.open(url, DatabaseLogin.of(PostgresServer.USER, PostgresServer.shared().password())));
		assertEquals("Cannot open the Restripe database " + url + ": the database does not exist on that server"
				+ " (check its NAME in the URL, or create it first)", e.getMessage());
	}

	@Test
	void aMissingDerbyDatabaseIsNamed() {
		String url = DerbyNetworkServer.shared().url("no-such-database");
		StoreException e = assertThrows(StoreException.class, () -> RestripeDatabase.open(url, DatabaseLogin.NONE));
		assertEquals("Cannot open the Restripe database " + url + ": the database does not exist on that server"
				+ " (check its NAME in the URL, or create it first)", e.getMessage());
	}

	@Test
	void aWrongDerbyPasswordAndNoPasswordAreRefusedAsAuthentication() throws Exception {
		DerbyNetworkServer server = DerbyNetworkServer.shared();
		String url = server.url(server.createDatabaseRequiringLogin("anna", "s3cret"));
		for (char[] password : new char[][] { "wrong".toCharArray(), null }) {
			StoreException e = assertThrows(StoreException.class,
					() -> RestripeDatabase.open(url, DatabaseLogin.of("anna", password)));
			assertEquals("Cannot open the Restripe database " + url
					+ ": the database refused the user name or password (authentication failed)", e.getMessage());
		}
		try (RestripeDatabase db = RestripeDatabase.open(url, DatabaseLogin.of("anna", "s3cret".toCharArray()))) {
			assertEquals(RestripeDatabase.MIGRATIONS.size(), db.schemaVersion());
		}
	}

	@Test
	void centersLoggingInToDerbyAsDifferentUsersShareTheSameTables() throws Exception {
		FreshStore store = FreshStore.onDerbyNetworkServer();
		try (RestripeDatabase anna = RestripeDatabase.open(store.url(), DatabaseLogin.of("anna", null));
				Connection c = anna.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('c1', 'Acme Freight', 'EMEA')");
		}
		try (RestripeDatabase bob = RestripeDatabase.open(store.url(), DatabaseLogin.of("bob", null));
				Connection c = bob.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT NAME FROM CUSTOMER WHERE ID = 'c1'")) {
			assertEquals(0, bob.migrationsApplied(), "bob finds anna's schema, not an empty one of his own");
			assertTrue(rs.next());
			assertEquals("Acme Freight", rs.getString(1));
		}
	}

	@Test
	void aStepWithAnEngineVariantUsesItOnThatEngineAndTheCommonScriptElsewhere() throws Exception {
		assertEquals("CREATE TABLE PROBE (BODY TEXT)", Migration.load(90, "probe", Engine.POSTGRESQL).statements().get(0));
		assertEquals("CREATE TABLE PROBE (BODY CLOB)", Migration.load(90, "probe", Engine.DERBY_NETWORK).statements().get(0));
		assertEquals("CREATE TABLE PROBE (BODY CLOB)", Migration.load(90, "probe", Engine.EMBEDDED_DERBY).statements().get(0));
	}
}
