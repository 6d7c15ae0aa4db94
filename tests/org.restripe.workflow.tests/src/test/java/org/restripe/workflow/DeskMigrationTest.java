package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.store.RestripeDatabase;

/** An embedded desk database made before V3 (the engine the seed shipped with) keeps its requests, their states renamed to FIG. 2's. */
class DeskMigrationTest {
	@TempDir
	Path data;

	@Test
	void requestsOfTheOldLifeCycleComeThroughUnderFig2Names() throws Exception {
		String url = "jdbc:derby:" + data.resolve("db").toAbsolutePath();
		try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE SCHEMA_VERSION (VERSION INT PRIMARY KEY, DESCRIPTION VARCHAR(200) NOT NULL,"
					+ " APPLIED_AT TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
			run(s, "/db/migration/V1__business_desk.sql");
			run(s, "/db/migration/V2__requests.sql");
			s.execute("INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION) VALUES (1, 'business_desk'), (2, 'requests')");
			s.execute("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('acme', 'Acme', 'EMEA')");
			s.execute("INSERT INTO REQUEST (CUSTOMER_ID, SITE_NAME, SUMMARY, STATE) VALUES ('acme', 'demo-site', 'RAID 1',"
					+ " 'KIT_BUILT')");
			s.execute("INSERT INTO REQUEST_HISTORY (REQUEST_ID, FROM_STATE, TO_STATE) VALUES (1, NULL, 'RECEIVED'),"
					+ " (1, 'RECEIVED', 'CONFIGURATION_LOADED'), (1, 'CONFIGURATION_LOADED', 'REVIEWED'),"
					+ " (1, 'REVIEWED', 'DESIGNED'), (1, 'DESIGNED', 'PLANNED'), (1, 'PLANNED', 'KIT_BUILT')");
		}
		try {
			DriverManager.getConnection(url + ";shutdown=true").close();
		} catch (SQLException expected) {
			// Derby reports a clean shutdown as an exception
		}
		try (RestripeDatabase database = RestripeDatabase.openEmbedded(data)) {
			RequestDesk desk = new RequestDesk(database);
			Request r = desk.find(1).orElseThrow();
			assertEquals(RequestState.IMPLEMENTATION_BUILT, r.state());
			assertEquals(List.of(RequestState.RECEIVED, RequestState.CONFIGURATION_DETERMINED, RequestState.REVIEWED,
					RequestState.DESIGNED, RequestState.DESIGNED, RequestState.IMPLEMENTATION_BUILT), desk.history(1));
			assertEquals(RequestState.CONNECTED, desk.move(1, RequestState.CONNECTED, "line up", "ana").state());
		}
	}

	private static void run(Statement s, String resource) throws Exception {
		try (InputStream in = RestripeDatabase.class.getResourceAsStream(resource)) {
			StringBuilder sql = new StringBuilder();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.strip().startsWith("--") || line.isBlank()) {
					continue;
				}
				sql.append(line).append('\n');
				if (line.strip().endsWith(";")) {
					s.execute(sql.substring(0, sql.lastIndexOf(";")));
					sql.setLength(0);
				}
			}
		}
	}
}
