package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * Where requests come in and move through their life cycle. Every move is written together with its
 * history row in one transaction, so the request and its history never disagree.
 */
public final class RequestDesk {
	private static final String SELECT = "SELECT ID, CUSTOMER_ID, SITE_NAME, SUMMARY, STATE, OPENED_AT FROM REQUEST";
	private final RestripeDatabase database;

	public RequestDesk(RestripeDatabase database) {
		this.database = database;
	}

	/** Adds the customer, or updates its name and region if the id is known. */
	public void saveCustomer(Customer customer) throws StoreException {
		try (Connection c = database.connect();
				PreparedStatement update = c.prepareStatement("UPDATE CUSTOMER SET NAME = ?, REGION = ? WHERE ID = ?")) {
			update.setString(1, customer.name());
			update.setString(2, customer.region());
			update.setString(3, customer.id());
			if (update.executeUpdate() == 0) {
				try (PreparedStatement insert = c.prepareStatement("INSERT INTO CUSTOMER (ID, NAME, REGION) VALUES (?, ?, ?)")) {
					insert.setString(1, customer.id());
					insert.setString(2, customer.name());
					insert.setString(3, customer.region());
					insert.executeUpdate();
				}
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot save customer " + customer.name() + ": " + e.getMessage(), e);
		}
	}

	public List<Customer> customers() throws StoreException {
		List<Customer> customers = new ArrayList<>();
		try (Connection c = database.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT ID, NAME, REGION FROM CUSTOMER ORDER BY NAME")) {
			while (rs.next()) {
				customers.add(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)));
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot list the customers: " + e.getMessage(), e);
		}
		return customers;
	}

	/** Takes a new request in: it starts as {@link RequestState#RECEIVED}. */
	public Request open(String customerId, String siteName, String summary) throws StoreException {
		requireText(siteName, "the site");
		requireText(summary, "what the customer asks for");
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			try {
				int id = insertRequest(c, customerId, siteName, summary);
				history(c, id, null, RequestState.RECEIVED, "request received");
				Request opened = find(c, id).orElseThrow();
				c.commit(); // Derby will not close a connection inside a transaction: read first, then commit
				return opened;
			} catch (SQLException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot open a request for customer " + customerId + ": " + e.getMessage(), e);
		}
	}

	/** Moves a request to {@code target}; a move the life cycle does not allow is refused and nothing changes. */
	public Request move(int requestId, RequestState target, String note) throws StoreException {
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			try {
				Optional<Request> found = find(c, requestId);
				if (found.isEmpty()) {
					c.rollback();
					throw new StoreException("There is no request " + requestId);
				}
				Request request = found.get();
				request.state().moveTo(target);
				try (PreparedStatement p = c.prepareStatement("UPDATE REQUEST SET STATE = ? WHERE ID = ?")) {
					p.setString(1, target.name());
					p.setInt(2, requestId);
					p.executeUpdate();
				}
				history(c, requestId, request.state(), target, note);
				Request moved = find(c, requestId).orElseThrow();
				c.commit();
				return moved;
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot move request " + requestId + " to " + target + ": " + e.getMessage(), e);
		}
	}

	public Optional<Request> find(int requestId) throws StoreException {
		try (Connection c = database.connect()) {
			return find(c, requestId);
		} catch (SQLException e) {
			throw new StoreException("Cannot read request " + requestId + ": " + e.getMessage(), e);
		}
	}

	/** The requests not yet closed or refused, oldest first: the desk's work list. */
	public List<Request> openRequests() throws StoreException {
		List<Request> requests = new ArrayList<>();
		try (Connection c = database.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(SELECT + " WHERE STATE NOT IN ('CLOSED', 'REFUSED') ORDER BY ID")) {
			while (rs.next()) {
				requests.add(request(rs));
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot list the open requests: " + e.getMessage(), e);
		}
		return requests;
	}

	/** The states a request went through, in order. */
	public List<RequestState> history(int requestId) throws StoreException {
		List<RequestState> states = new ArrayList<>();
		try (Connection c = database.connect(); PreparedStatement p = c.prepareStatement(
				"SELECT TO_STATE FROM REQUEST_HISTORY WHERE REQUEST_ID = ? ORDER BY SEQ")) {
			p.setInt(1, requestId);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					states.add(RequestState.valueOf(rs.getString(1)));
				}
			}
		} catch (SQLException e) {
			throw new StoreException("Cannot read the history of request " + requestId + ": " + e.getMessage(), e);
		}
		return states;
	}

	private static int insertRequest(Connection c, String customerId, String siteName, String summary)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO REQUEST (CUSTOMER_ID, SITE_NAME, SUMMARY, STATE) VALUES (?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			p.setString(1, customerId);
			p.setString(2, siteName.strip());
			p.setString(3, summary.strip());
			p.setString(4, RequestState.RECEIVED.name());
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				return keys.getInt(1);
			}
		}
	}

	private static void history(Connection c, int requestId, RequestState from, RequestState to, String note)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO REQUEST_HISTORY (REQUEST_ID, FROM_STATE, TO_STATE, NOTE) VALUES (?, ?, ?, ?)")) {
			p.setInt(1, requestId);
			p.setString(2, from == null ? null : from.name());
			p.setString(3, to.name());
			p.setString(4, note);
			p.executeUpdate();
		}
	}

	private static Optional<Request> find(Connection c, int requestId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE ID = ?")) {
			p.setInt(1, requestId);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(request(rs)) : Optional.empty();
			}
		}
	}

	private static Request request(ResultSet rs) throws SQLException {
		return new Request(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
				RequestState.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant());
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A request needs " + what);
		}
	}
}
