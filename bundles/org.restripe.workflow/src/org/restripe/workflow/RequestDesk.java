package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.restripe.monitor.Recommendation;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;
import org.restripe.store.VersionedTable;

/**
 * Where requests come in and move through their life cycle (FIG. 2). Every move is written together with
 * its history row (who, when, why) in one transaction, so the request and its history never disagree; a
 * move names the version it read, so two engineers moving the same request never lose one of the moves.
 */
public final class RequestDesk {
	static final String COLUMNS = "ID, CUSTOMER_ID, SITE_NAME, SUMMARY, STATE, OPENED_AT, VERSION, CENTER, CONTRACT_ID,"
			+ " CHARGE_ID, CHANGED_BY, CHANGED_AT";
	private static final String SELECT = "SELECT " + COLUMNS + " FROM REQUEST";
	/** Requests are changed by version, so two engineers never lose one of their moves. */
	static final VersionedTable REQUESTS = VersionedTable.of("REQUEST", "Request");
	private final RestripeDatabase database;

	public RequestDesk(RestripeDatabase database) {
		this.database = database;
	}

	RestripeDatabase database() {
		return database;
	}

	/** Adds the customer, or updates its name and region if the id is known. */
	public void saveCustomer(Customer customer) throws StoreException {
		Transactions.run(database, "save customer " + customer.name(), c -> {
			saveCustomer(c, customer);
			return null;
		});
	}

	static void saveCustomer(Connection c, Customer customer) throws SQLException {
		Checks.text(customer.id(), "the customer's id", 64);
		Checks.text(customer.name(), "the customer's name", 200);
		Checks.text(customer.region(), "the customer's region", 64);
		try (PreparedStatement update = c.prepareStatement("UPDATE CUSTOMER SET NAME = ?, REGION = ? WHERE ID = ?")) {
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
		}
	}

	public List<Customer> customers() throws StoreException {
		return Transactions.read(database, "list the customers", c -> {
			List<Customer> customers = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT ID, NAME, REGION FROM CUSTOMER ORDER BY NAME")) {
				while (rs.next()) {
					customers.add(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)));
				}
			}
			return customers;
		});
	}

	public Optional<Customer> customer(String id) throws StoreException {
		return Transactions.read(database, "read customer " + id, c -> customer(c, id));
	}

	static Optional<Customer> customer(Connection c, String id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT ID, NAME, REGION FROM CUSTOMER WHERE ID = ?")) {
			p.setString(1, id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)))
						: Optional.empty();
			}
		}
	}

	static Optional<Customer> customerNamed(Connection c, String name) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT ID, NAME, REGION FROM CUSTOMER WHERE NAME = ? ORDER BY ID")) {
			p.setString(1, name);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)))
						: Optional.empty();
			}
		}
	}

	/** The customer, or an error naming the unknown id. */
	static Customer requireCustomer(Connection c, String id) throws SQLException {
		String checked = Checks.text(id, "the customer", 64);
		return customer(c, checked).orElseThrow(() -> new IllegalArgumentException(
				"the customer '" + checked + "' is not known to the desk; add the customer first"));
	}

	/** Takes a new request in: it starts as {@link RequestState#RECEIVED}. */
	public Request open(String customerId, String siteName, String summary) throws StoreException {
		return open(new Opening(customerId, siteName, summary, RequestState.RECEIVED, "request received", null));
	}

	/** The request to be opened, as the process (intake, routing, recommendation) has it. */
	record Opening(String customerId, String siteName, String summary, RequestState state, String why, String who) {
	}

	Request open(Opening opening) throws StoreException {
		return Transactions.run(database, "open a request for customer " + opening.customerId(),
				c -> open(c, opening));
	}

	static Request open(Connection c, Opening opening) throws SQLException {
		requireCustomer(c, opening.customerId());
		String site = Checks.text(opening.siteName(), "the site", 200);
		String summary = Checks.text(opening.summary(), "what the customer asks for", 2000);
		String who = Checks.who(opening.who());
		int id;
		try (PreparedStatement p = c.prepareStatement("INSERT INTO REQUEST (CUSTOMER_ID, SITE_NAME, SUMMARY, STATE,"
				+ " OPENED_AT, CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
			Timestamp now = Timestamp.from(Times.now());
			p.setString(1, opening.customerId().strip());
			p.setString(2, site);
			p.setString(3, summary);
			p.setString(4, opening.state().name());
			p.setTimestamp(5, now);
			p.setString(6, who);
			p.setTimestamp(7, now);
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				id = keys.getInt(1);
			}
		}
		history(c, id, null, opening.state(), opening.why(), who);
		return find(c, id).orElseThrow();
	}

	/**
	 * A monitoring recommendation becomes a request awaiting the customer's approval, for the customer the desk
	 * knows the site under (see {@link Routing#saveSite}).
	 */
	public Request awaitApproval(Recommendation recommendation, String who) throws StoreException {
		return Transactions.run(database, "take in the recommendation for " + recommendation.site(), c -> {
			String customer = Routing.customerOfSite(c, recommendation.site()).orElseThrow(() -> new IllegalArgumentException(
					"the desk knows no site '" + recommendation.site() + "'; register the site with its customer first"));
			return awaitApproval(c, recommendation, customer, who);
		});
	}

	/** As {@link #awaitApproval(Recommendation, String)}, for the given customer. */
	public Request awaitApproval(Recommendation recommendation, String customerId, String who) throws StoreException {
		return Transactions.run(database, "take in the recommendation for " + recommendation.site(),
				c -> awaitApproval(c, recommendation, customerId, who));
	}

	private static Request awaitApproval(Connection c, Recommendation r, String customerId, String who)
			throws SQLException {
		String summary = r.advice() + " (" + r.subject() + (r.evidence().isBlank() ? "" : "; " + r.evidence()) + ")";
		Request request = open(c, new Opening(customerId, r.site(), summary.length() > 2000 ? summary.substring(0, 2000)
				: summary, RequestState.AWAITING_APPROVAL, "recommended by monitoring: " + r.kind().getLiteral()
						+ ", bites in " + Math.round(r.urgency()) + " days", who));
		try (PreparedStatement p = c.prepareStatement("UPDATE REQUEST SET CHANGE_KIND = ? WHERE ID = ?")) {
			p.setString(1, r.kind().getLiteral());
			p.setInt(2, request.id());
			p.executeUpdate();
		}
		return request;
	}

	/** The customer approved the recommendation: the request goes on as received. */
	public Request approve(int requestId, String why, String who) throws StoreException {
		return approve(require(requestId), why, who);
	}

	/** As {@link #approve(int, String, String)}, refused if the request changed since {@code seen} was read. */
	public Request approve(Request seen, String why, String who) throws StoreException {
		return moveFrom(seen, RequestState.AWAITING_APPROVAL, RequestState.RECEIVED, "approved: " + why, who);
	}

	/** The customer declined: the request ends and the site stays under monitoring as before. */
	public Request decline(int requestId, String why, String who) throws StoreException {
		return decline(require(requestId), why, who);
	}

	/** As {@link #decline(int, String, String)}, refused if the request changed since {@code seen} was read. */
	public Request decline(Request seen, String why, String who) throws StoreException {
		return moveFrom(seen, RequestState.AWAITING_APPROVAL, RequestState.DECLINED,
				"declined, back to monitoring: " + why, who);
	}

	private Request moveFrom(Request request, RequestState expected, RequestState target, String why, String who)
			throws StoreException {
		if (request.state() != expected) {
			throw new IllegalStateException(request.label() + " is " + request.state().words() + ", not "
					+ expected.words());
		}
		return move(request, target, why, who);
	}

	/** Moves a request to {@code target}, as the desk's operating-system user. */
	public Request move(int requestId, RequestState target, String why) throws StoreException {
		return move(requestId, target, why, null);
	}

	/** Moves the request as it is now; a move the life cycle does not allow is refused and nothing changes. */
	public Request move(int requestId, RequestState target, String why, String who) throws StoreException {
		return move(require(requestId), target, why, who);
	}

	/**
	 * Moves the request as {@code seen} (the version the engineer read); if someone moved or changed it since, the
	 * move is refused with a {@link StaleRowException} naming who and when.
	 */
	public Request move(Request seen, RequestState target, String why, String who) throws StoreException {
		String reason = Checks.text(why, "why (the reason for the move)", 2000);
		String mover = Checks.who(who);
		if (target == null) {
			throw new IllegalArgumentException("the state to move " + seen.label() + " to is missing");
		}
		if (!seen.state().next().contains(target)) {
			throw new IllegalStateException(seen.label() + " is " + seen.state().words() + "; it can go to "
					+ seen.state().nextInWords() + ", not " + target.words());
		}
		return Transactions.run(database, "move " + seen.label() + " to " + target.words(), c -> {
			REQUESTS.update(c, seen.id(), seen.version(), mover,
					"STATE = ?", target.name());
			history(c, seen.id(), seen.state(), target, reason, mover);
			return find(c, seen.id()).orElseThrow();
		});
	}

	Request require(int requestId) throws StoreException {
		return find(requestId).orElseThrow(() -> new IllegalArgumentException("there is no request " + requestId));
	}

	public Optional<Request> find(int requestId) throws StoreException {
		return Transactions.read(database, "read request " + requestId, c -> find(c, requestId));
	}

	/** The requests not yet closed, declined or cancelled, oldest first: the desk's work list. */
	public List<Request> openRequests() throws StoreException {
		return Transactions.read(database, "list the open requests", c -> {
			List<Request> requests = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT
					+ " WHERE STATE NOT IN ('CLOSED', 'DECLINED', 'CANCELLED') ORDER BY ID")) {
				while (rs.next()) {
					requests.add(request(rs));
				}
			}
			return requests;
		});
	}

	/** One page of the requests the query selects, newest first. */
	public List<Request> list(RequestQuery query) throws StoreException {
		return Transactions.read(database, "list the requests", c -> query.page(c));
	}

	/** The states a request went through, in order. */
	public List<RequestState> history(int requestId) throws StoreException {
		return transitions(requestId).stream().map(Transition::to).toList();
	}

	/** Every move of the request, in order, with who made it, when and why. */
	public List<Transition> transitions(int requestId) throws StoreException {
		return Transactions.read(database, "read the history of request " + requestId, c -> {
			List<Transition> moves = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT FROM_STATE, TO_STATE, MOVED_BY, MOVED_AT, NOTE"
					+ " FROM REQUEST_HISTORY WHERE REQUEST_ID = ? ORDER BY SEQ")) {
				p.setInt(1, requestId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						String from = rs.getString(1);
						moves.add(new Transition(from == null ? null : RequestState.valueOf(from),
								RequestState.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(),
								rs.getString(5)));
					}
				}
			}
			return moves;
		});
	}

	static void history(Connection c, int requestId, RequestState from, RequestState to, String why, String who)
			throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO REQUEST_HISTORY (REQUEST_ID, FROM_STATE, TO_STATE,"
				+ " NOTE, MOVED_BY, MOVED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
			p.setInt(1, requestId);
			p.setString(2, from == null ? null : from.name());
			p.setString(3, to.name());
			p.setString(4, why);
			p.setString(5, who);
			p.setTimestamp(6, Timestamp.from(Times.now()));
			p.executeUpdate();
		}
	}

	static Optional<Request> find(Connection c, int requestId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE ID = ?")) {
			p.setInt(1, requestId);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(request(rs)) : Optional.empty();
			}
		}
	}

	static Request request(ResultSet rs) throws SQLException {
		int charge = rs.getInt(10);
		Integer chargeId = rs.wasNull() ? null : charge;
		Timestamp changed = rs.getTimestamp(12);
		return new Request(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
				RequestState.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getInt(7), rs.getString(8),
				rs.getString(9), chargeId, rs.getString(11), changed == null ? null : changed.toInstant());
	}
}
