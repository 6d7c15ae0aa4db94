package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * Regional routing, configured in the database: a site has a location, a location belongs to a region, a region
 * is served by one solutions center. A site whose location no region claims goes by its customer's region.
 */
public final class Routing {
	private final RestripeDatabase database;

	public Routing(RestripeDatabase database) {
		this.database = database;
	}

	/** The center that serves the region (a new region, or a new center for it). */
	public void serve(String region, String center) throws StoreException {
		String r = Checks.text(region, "the region", 64);
		String name = Checks.text(center, "the solutions center", 200);
		Transactions.run(database, "configure region " + r, c -> {
			upsert(c, "UPDATE REGION SET CENTER = ? WHERE NAME = ?", "INSERT INTO REGION (CENTER, NAME) VALUES (?, ?)",
					name, r);
			return null;
		});
	}

	/** Sites at {@code location} belong to {@code region}. */
	public void place(String location, String region) throws StoreException {
		String l = Checks.text(location, "the location", 200);
		String r = Checks.text(region, "the region", 64);
		Transactions.run(database, "place location " + l, c -> {
			requireRegion(c, r);
			upsert(c, "UPDATE REGION_LOCATION SET REGION = ? WHERE LOCATION = ?",
					"INSERT INTO REGION_LOCATION (REGION, LOCATION) VALUES (?, ?)", r, l);
			return null;
		});
	}

	/** Registers the customer's site (its name is its id at the desk) and where it is. */
	public void saveSite(String customerId, String siteName, String location) throws StoreException {
		Transactions.run(database, "save site " + siteName, c -> {
			saveSite(c, customerId, siteName, location);
			return null;
		});
	}

	static void saveSite(Connection c, String customerId, String siteName, String location) throws SQLException {
		RequestDesk.requireCustomer(c, customerId);
		String name = Checks.text(siteName, "the site", 64);
		String place = Checks.optionalText(location, "the site's location", 200);
		Optional<String> owner = customerOfSite(c, name);
		if (owner.isPresent() && !owner.get().equals(customerId.strip())) {
			throw new IllegalArgumentException("the site " + name + " belongs to customer " + owner.get() + ", not "
					+ customerId.strip());
		}
		try (PreparedStatement update = c.prepareStatement("UPDATE SITE SET LOCATION = ? WHERE ID = ?")) {
			update.setString(1, place);
			update.setString(2, name);
			if (update.executeUpdate() == 0) {
				try (PreparedStatement insert = c.prepareStatement(
						"INSERT INTO SITE (ID, CUSTOMER_ID, NAME, LOCATION) VALUES (?, ?, ?, ?)")) {
					insert.setString(1, name);
					insert.setString(2, customerId.strip());
					insert.setString(3, name);
					insert.setString(4, place);
					insert.executeUpdate();
				}
			}
		}
	}

	/** The center for the customer's site, or an error saying what is not configured. */
	public Route route(String customerId, String siteName) throws StoreException {
		return Transactions.read(database, "route site " + siteName, c -> route(c, customerId, siteName));
	}

	static Route route(Connection c, String customerId, String siteName) throws SQLException {
		Customer customer = RequestDesk.requireCustomer(c, customerId);
		String location = location(c, siteName).orElse(null);
		String region = null;
		String how;
		if (location != null) {
			region = single(c, "SELECT REGION FROM REGION_LOCATION WHERE UPPER(LOCATION) = UPPER(?)", location).orElse(null);
		}
		if (region != null) {
			how = "the site's location " + location;
		} else {
			region = customer.region();
			how = location == null ? "the customer's region (the site has no location)"
					: "the customer's region (no region claims the location " + location + ")";
		}
		String r = region;
		String center = single(c, "SELECT CENTER FROM REGION WHERE NAME = ?", r).orElseThrow(() -> new IllegalStateException(
				"no solutions center serves the region " + r + " (" + siteName + "); configure the region's center first"));
		return new Route(r, center, how);
	}

	/** The customer's sites, by name. */
	public java.util.List<CustomerSite> sites(String customerId) throws StoreException {
		return Transactions.read(database, "list the sites of customer " + customerId, c -> {
			java.util.List<CustomerSite> sites = new java.util.ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT ID, LOCATION FROM SITE WHERE CUSTOMER_ID = ? ORDER BY ID")) {
				p.setString(1, customerId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						sites.add(new CustomerSite(customerId, rs.getString(1), rs.getString(2)));
					}
				}
			}
			return sites;
		});
	}

	static Optional<String> customerOfSite(Connection c, String siteName) throws SQLException {
		return single(c, "SELECT CUSTOMER_ID FROM SITE WHERE ID = ?", siteName);
	}

	private static Optional<String> location(Connection c, String siteName) throws SQLException {
		return single(c, "SELECT LOCATION FROM SITE WHERE ID = ?", siteName);
	}

	private static void requireRegion(Connection c, String region) throws SQLException {
		if (single(c, "SELECT NAME FROM REGION WHERE NAME = ?", region).isEmpty()) {
			throw new IllegalArgumentException("the region " + region + " is not configured; give it a center first");
		}
	}

	private static Optional<String> single(Connection c, String sql, String value) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			p.setString(1, value);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
			}
		}
	}

	private static void upsert(Connection c, String update, String insert, String a, String b) throws SQLException {
		try (PreparedStatement u = c.prepareStatement(update)) {
			u.setString(1, a);
			u.setString(2, b);
			if (u.executeUpdate() > 0) {
				return;
			}
		}
		try (PreparedStatement i = c.prepareStatement(insert)) {
			i.setString(1, a);
			i.setString(2, b);
			i.executeUpdate();
		}
	}
}
