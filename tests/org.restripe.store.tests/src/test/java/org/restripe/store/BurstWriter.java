package org.restripe.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.restripe.store.testing.FreshStore;

/**
 * The center that dies mid-burst: writes requests as fast as it can, each a REQUEST row and its first
 * REQUEST_HISTORY row in one transaction (the SQL of RequestDesk.open), and prints each id once its commit
 * has returned. Arguments: FreshStore.arguments(); the password, if any, on the first line of stdin.
 */
public final class BurstWriter {
	static final String CUSTOMER = "c1";
	private static final int AT_MOST = 1_000_000;

	public static void main(String[] args) throws Exception {
		String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		FreshStore store = FreshStore.fromArguments(List.of(args), password);
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		try (RestripeDatabase db = store.open(); Connection c = db.connect()) {
			c.setAutoCommit(false);
			for (int i = 0; i < AT_MOST; i++) {
				int id = openRequest(c, i);
				c.commit();
				out.println(id);
				out.flush();
			}
		}
		out.println("done"); // never reached while the test kills us first
		out.flush();
	}

	private static int openRequest(Connection c, int i) throws Exception {
		int id;
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO REQUEST (CUSTOMER_ID, SITE_NAME, SUMMARY, STATE) VALUES (?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			p.setString(1, CUSTOMER);
			p.setString(2, "Hamburg data center");
			p.setString(3, "add a hot spare to unit " + i);
			p.setString(4, "RECEIVED");
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				id = keys.getInt(1);
			}
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO REQUEST_HISTORY (REQUEST_ID, FROM_STATE, TO_STATE, NOTE) VALUES (?, NULL, ?, ?)")) {
			p.setInt(1, id);
			p.setString(2, "RECEIVED");
			p.setString(3, "request received");
			p.executeUpdate();
		}
		return id;
	}
}
