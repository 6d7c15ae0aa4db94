package org.restripe.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.restripe.store.RestripeDatabase;

/**
 * A desk database in a temporary data directory filled for the desk benchmarks: customers, contracts and
 * requests written in batches straight through JDBC (filling is not what is measured).
 */
final class DeskData implements AutoCloseable {
	static final int CUSTOMERS = 1000;
	final Path directory;
	final RestripeDatabase database;

	DeskData() throws Exception {
		directory = Files.createTempDirectory("restripe-desk-bench");
		database = RestripeDatabase.openEmbedded(directory);
		try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement(
				"INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES (?, ?, ?)")) {
			c.setAutoCommit(false);
			for (int i = 0; i < CUSTOMERS; i++) {
				p.setString(1, customer(i));
				p.setString(2, "Customer " + i);
				p.setString(3, i % 2 == 0 ? "EMEA" : "AMER");
				p.addBatch();
			}
			p.executeBatch();
			c.commit();
		}
	}

	static String customer(int i) {
		return "c" + i;
	}

	static String contract(int i) {
		return "k" + i;
	}

	/** {@code n} contracts of one year from 2026-01-01, levels 1-3, every fifth overdue, every seventh used up. */
	void contracts(int n) throws Exception {
		try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO CONTRACT (ID,"
				+ " CUSTOMER_ID, SERVICE_LEVEL, YEAR_START, PERIOD_END, PAYMENT_STATE, RECONFIGURATIONS_ALLOWED,"
				+ " RECONFIGURATIONS_USED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			c.setAutoCommit(false);
			LocalDate start = LocalDate.of(2026, 1, 1);
			for (int i = 0; i < n; i++) {
				p.setString(1, contract(i));
				p.setString(2, customer(i % CUSTOMERS));
				p.setInt(3, 1 + i % 3);
				p.setDate(4, Date.valueOf(start.plusDays(i % 365)));
				p.setDate(5, Date.valueOf(start.plusDays(i % 365).plusYears(1).minusDays(1)));
				p.setString(6, i % 5 == 0 ? "OVERDUE" : "PAID");
				p.setInt(7, 4);
				p.setInt(8, i % 7 == 0 ? 4 : 1);
				p.addBatch();
				if (i % 5000 == 4999) {
					p.executeBatch();
					c.commit();
				}
			}
			p.executeBatch();
			c.commit();
		}
	}

	/** {@code n} requests opened a minute apart, ending now; states spread over the life cycle. */
	void requests(int n) throws Exception {
		String[] states = { "RECEIVED", "REVIEWED", "DESIGNED", "CLOSED", "CLOSED", "CLOSED" };
		Instant first = Instant.now().minusSeconds(60L * n);
		try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement("INSERT INTO REQUEST"
				+ " (CUSTOMER_ID, SITE_NAME, SUMMARY, STATE, OPENED_AT) VALUES (?, ?, ?, ?, ?)")) {
			c.setAutoCommit(false);
			for (int i = 0; i < n; i++) {
				p.setString(1, customer(i % CUSTOMERS));
				p.setString(2, "site-" + (i % CUSTOMERS));
				p.setString(3, "reconfiguration " + i + ": RAID 5 on t3a, hot spare on t3b");
				p.setString(4, states[i % states.length]);
				// not in id order: the list is sorted by date, not by id
				p.setTimestamp(5, Timestamp.from(first.plusSeconds(60L * ((i * 7919L) % n))));
				p.addBatch();
				if (i % 5000 == 4999) {
					p.executeBatch();
					c.commit();
				}
			}
			p.executeBatch();
			c.commit();
		}
	}

	@Override
	public void close() throws Exception {
		database.close();
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}
}
