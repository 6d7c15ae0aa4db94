package org.restripe.workflow;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/** A desk with one customer (acme, EMEA) whose site demo-site is in Rotterdam, served by the Amsterdam center. */
abstract class DeskFixture {
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
		database = TestDatabases.open(data);
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
		database.close();
	}

	int count(String table) throws Exception {
		try (var c = database.connect(); var s = c.createStatement();
				var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
