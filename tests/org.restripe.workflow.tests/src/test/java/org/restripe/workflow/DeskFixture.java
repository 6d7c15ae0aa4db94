package org.restripe.workflow;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.restripe.store.Engine;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;

/**
 * A desk with one customer (acme, EMEA) whose site demo-site is in Rotterdam, served by the Amsterdam center;
 * every test of a subclass runs on each engine (embedded Derby, Derby Network Server, PostgreSQL), each test on
 * a fresh database (the servers start once per JVM).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
abstract class DeskFixture {
	/** The engine of this run of the class; each test gets a fresh database on it. */
	@Parameter
	Engine engine;
	FreshStore store;
	/** For the test's files (site files, exports); the database is the store's. */
	@TempDir
	Path data;
	RestripeDatabase database;
	RequestDesk desk;
	Contracts contracts;
	Charges charges;
	Routing routing;
	RequestProcess process;

	@BeforeEach
	void openDesk() throws StoreException {
		store = freshStore(engine);
		database = store.open();
		desk = new RequestDesk(database);
		contracts = new Contracts(database);
		charges = new Charges(database);
		routing = new Routing(database);
		process = new RequestProcess(database);
		desk.saveCustomer(new Customer("acme", "Acme Freight Ltd.", "EMEA"));
		routing.serve("EMEA", "Amsterdam solutions center");
		routing.serve("BENELUX", "Utrecht solutions center");
		routing.saveSite("acme", "demo-site", "Rotterdam");
	}

	@AfterEach
	void closeDesk() throws StoreException {
		if (database != null) {
			database.close();
		}
	}

	/** A fresh, empty database on the engine, as {@link StoreEngines} gives one per test. */
	static FreshStore freshStore(Engine engine) {
		return switch (engine) {
		case EMBEDDED_DERBY -> FreshStore.embedded(StoreEngines.newDataDirectory());
		case DERBY_NETWORK -> FreshStore.onDerbyNetworkServer();
		case POSTGRESQL -> FreshStore.onPostgres();
		};
	}

	int count(String table) throws Exception {
		try (var c = database.connect(); var s = c.createStatement();
				var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
