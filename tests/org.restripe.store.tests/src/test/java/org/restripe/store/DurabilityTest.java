package org.restripe.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;

/**
 * Issue 10 item 6: a center killed with SIGKILL during a burst of writes loses no request it was told was
 * stored, and leaves no request without its history.
 */
class DurabilityTest {
	private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aCenterKilledMidBurstLosesNoAcknowledgedRequestAndLeavesNoneHalfMade(FreshStore store) throws Exception {
		try (RestripeDatabase db = store.open(); Connection c = db.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES ('" + BurstWriter.CUSTOMER
					+ "', 'Acme Freight', 'EMEA')");
		} // closed: embedded Derby lets one JVM at a time have the database

		Process writer = Forked.start(BurstWriter.class, store.arguments());
		try (Writer stdin = new java.io.OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8)) {
			stdin.write(store.passwordForChild() + "\n");
		}
		List<Integer> acknowledged = readAcknowledgements(writer);
		writer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no close
		assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the killed writer is gone");
		assertEquals(137, writer.exitValue(), "killed by SIGKILL, not finished");

		try (RestripeDatabase db = store.open(); Connection c = db.connect()) {
			for (int id : acknowledged) {
				assertEquals(1, count(c, "SELECT COUNT(*) FROM REQUEST WHERE ID = ?", id), "request " + id + " kept");
				assertEquals(1, count(c, "SELECT COUNT(*) FROM REQUEST_HISTORY WHERE REQUEST_ID = ?", id),
						"history of request " + id + " kept");
			}
			assertEquals(0, count(c, "SELECT COUNT(*) FROM REQUEST r WHERE NOT EXISTS"
					+ " (SELECT 1 FROM REQUEST_HISTORY h WHERE h.REQUEST_ID = r.ID)", null), "no request without history");
			assertEquals(0, count(c, "SELECT COUNT(*) FROM REQUEST_HISTORY h WHERE NOT EXISTS"
					+ " (SELECT 1 FROM REQUEST r WHERE r.ID = h.REQUEST_ID)", null), "no history without request");
			int stored = count(c, "SELECT COUNT(*) FROM REQUEST", null);
			assertTrue(stored >= acknowledged.size(), stored + " stored, " + acknowledged.size() + " acknowledged");
			assertNotEquals(0, acknowledged.size());
		}
	}

	/** The ids the writer printed after their commits, until enough have come to kill it mid-burst. */
	private static List<Integer> readAcknowledgements(Process writer) throws Exception {
		CompletableFuture<List<Integer>> reading = CompletableFuture.supplyAsync(() -> {
			List<Integer> ids = new ArrayList<>();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while (ids.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
					ids.add(Integer.parseInt(line.strip()));
				}
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			return ids;
		});
		try {
			List<Integer> ids = reading.get(180, TimeUnit.SECONDS);
			if (ids.size() < ACKNOWLEDGED_BEFORE_KILL) {
				fail("the writer stopped after " + ids.size() + " requests (see its stderr above)");
			}
			return ids;
		} catch (java.util.concurrent.TimeoutException e) {
			writer.destroyForcibly();
			throw e;
		}
	}

	private static int count(Connection c, String sql, Integer id) throws Exception {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			if (id != null) {
				p.setInt(1, id);
			}
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}
}
