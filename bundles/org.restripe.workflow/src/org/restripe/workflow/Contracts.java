package org.restripe.workflow;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.restripe.model.ServiceLevel;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;
import org.restripe.store.VersionedTable;

/** The customers' contracts: new, renewed, paid, used; validity on a date. */
public final class Contracts {
	/** Contracts are changed by version: two clerks recording a payment at once never lose one. */
	static final VersionedTable CONTRACTS = VersionedTable.of("CONTRACT", "Contract");
	private static final String SELECT = "SELECT ID, CUSTOMER_ID, SERVICE_LEVEL, YEAR_START, PERIOD_END, PAYMENT_STATE,"
			+ " PAYMENT_DUE, RECONFIGURATIONS_ALLOWED, RECONFIGURATIONS_USED, RENEWS, VERSION, CHANGED_BY, CHANGED_AT"
			+ " FROM CONTRACT";
	private final RestripeDatabase database;

	public Contracts(RestripeDatabase database) {
		this.database = database;
	}

	/**
	 * What a new contract is to be.
	 *
	 * @param id                      the contract's id; null: customer-START (acme-2026-01-01)
	 * @param reconfigurationsAllowed null: Option 1 one, the others no limit
	 */
	public record Terms(String id, String customerId, ServiceLevel level, LocalDate start, LocalDate end,
			Integer reconfigurationsAllowed) {
	}

	/** A new contract, paid; refused naming the field when the terms are incomplete or impossible. */
	public ServiceContract create(Terms terms, String who) throws StoreException {
		return Transactions.run(database, "create a contract for customer " + terms.customerId(),
				c -> create(c, terms, null, Checks.who(who)));
	}

	/**
	 * Renews the contract for the next period: the day after it ends, as long as it (or to {@code end} when
	 * given), same level and allowance, nothing used yet, payment due within 30 days of the start.
	 */
	public ServiceContract renew(String contractId, LocalDate end, String who) throws StoreException {
		return Transactions.run(database, "renew contract " + contractId, c -> {
			ServiceContract old = require(c, contractId);
			LocalDate start = old.end().plusDays(1);
			LocalDate newEnd = end != null ? end : start.plusDays(ChronoUnit.DAYS.between(old.start(), old.end()));
			String id = old.customerId() + "-" + start;
			ServiceContract renewed = create(c, new Terms(id, old.customerId(), old.level(), start, newEnd,
					old.reconfigurationsAllowed()), old.id(), Checks.who(who));
			return recordPayment(c, renewed, PaymentState.DUE, start.plusDays(30), Checks.who(who));
		});
	}

	static ServiceContract create(Connection c, Terms terms, String renews, String who) throws SQLException {
		RequestDesk.requireCustomer(c, terms.customerId());
		if (terms.level() == null) {
			throw new IllegalArgumentException("the service level is missing (Option 1, 2 or 3)");
		}
		LocalDate start = Checks.date(terms.start(), "the period's start");
		LocalDate end = Checks.date(terms.end(), "the period's end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("the period's end (" + end + ") is before its start (" + start + ")");
		}
		Integer allowed = terms.reconfigurationsAllowed() != null ? terms.reconfigurationsAllowed()
				: ServiceContract.defaultAllowance(terms.level());
		if (allowed != null && allowed < 0) {
			throw new IllegalArgumentException("the reconfigurations allowed must not be negative: " + allowed);
		}
		String id = terms.id() == null || terms.id().isBlank() ? terms.customerId().strip() + "-" + start
				: Checks.text(terms.id(), "the contract's id", 64);
		if (find(c, id).isPresent()) {
			throw new IllegalArgumentException("there is a contract " + id + " already");
		}
		try (PreparedStatement p = c.prepareStatement("INSERT INTO CONTRACT (ID, CUSTOMER_ID, SERVICE_LEVEL, YEAR_START,"
				+ " PERIOD_END, RECONFIGURATIONS_ALLOWED, RENEWS, CHANGED_BY, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setString(1, id);
			p.setString(2, terms.customerId().strip());
			p.setInt(3, terms.level().getValue());
			p.setDate(4, Date.valueOf(start));
			p.setDate(5, Date.valueOf(end));
			if (allowed == null) {
				p.setNull(6, Types.INTEGER);
			} else {
				p.setInt(6, allowed);
			}
			p.setString(7, renews);
			p.setString(8, who);
			p.setTimestamp(9, Timestamp.from(Times.now()));
			p.executeUpdate();
		}
		return require(c, id);
	}

	/** Records where the payments stand, on the contract as the engineer read it (its version). */
	public ServiceContract recordPayment(ServiceContract seen, PaymentState state, LocalDate due, String who)
			throws StoreException {
		return Transactions.run(database, "record the payment of contract " + seen.id(),
				c -> recordPayment(c, seen, state, due, Checks.who(who)));
	}

	private static ServiceContract recordPayment(Connection c, ServiceContract seen, PaymentState state, LocalDate due,
			String who) throws SQLException, StaleRowException {
		if (state == null) {
			throw new IllegalArgumentException("the payment state is missing (paid, due or overdue)");
		}
		if (state == PaymentState.DUE && due == null) {
			throw new IllegalArgumentException("a due payment needs its due date");
		}
		CONTRACTS.update(c, seen.id(), seen.version(), who,
				"PAYMENT_STATE = ?, PAYMENT_DUE = ?", state.name(), due == null ? null : Date.valueOf(due));
		return require(c, seen.id());
	}

	/** Counts one reconfiguration against the contract (a covered request closed). */
	static ServiceContract useReconfiguration(Connection c, String contractId, String who)
			throws SQLException, StaleRowException {
		ServiceContract seen = require(c, contractId);
		CONTRACTS.update(c, seen.id(), seen.version(), who,
				"RECONFIGURATIONS_USED = ?", seen.reconfigurationsUsed() + 1);
		return require(c, contractId);
	}

	public Optional<ServiceContract> find(String contractId) throws StoreException {
		return Transactions.read(database, "read contract " + contractId, c -> find(c, contractId));
	}

	/** Every contract of the customer, the newest period first. */
	public java.util.List<ServiceContract> ofCustomer(String customerId) throws StoreException {
		return Transactions.read(database, "list the contracts of customer " + customerId, c -> {
			java.util.List<ServiceContract> contracts = new java.util.ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE CUSTOMER_ID = ? ORDER BY YEAR_START DESC")) {
				p.setString(1, customerId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						contracts.add(contract(rs));
					}
				}
			}
			return contracts;
		});
	}

	/** The contract's validity on the date; an unknown contract is an error naming it. */
	public Validity validity(String contractId, LocalDate on) throws StoreException {
		LocalDate date = Checks.date(on, "the date");
		return Transactions.read(database, "read contract " + contractId, c -> require(c, contractId).validity(date));
	}

	/**
	 * The customer's contract for a date: the one whose period holds it, else the latest that started before it,
	 * else the first to come.
	 */
	public Optional<ServiceContract> current(String customerId, LocalDate on) throws StoreException {
		return Transactions.read(database, "look up the contract of customer " + customerId,
				c -> current(c, customerId, on));
	}

	/**
	 * The contract for a site on a date: of the customer the desk knows the site under, else of the customer the
	 * site file names (by id, else by name); empty when the desk knows none of them or they have no contract.
	 */
	public Optional<ServiceContract> forSite(String siteName, String customer, LocalDate on) throws StoreException {
		return Transactions.read(database, "look up the contract of site " + siteName, c -> {
			Optional<String> id = siteName == null ? Optional.empty() : Routing.customerOfSite(c, siteName);
			if (id.isEmpty() && customer != null && !customer.isBlank()) {
				id = RequestDesk.customer(c, customer.strip()).map(Customer::id);
				if (id.isEmpty()) {
					id = RequestDesk.customerNamed(c, customer.strip()).map(Customer::id);
				}
			}
			return id.isEmpty() ? Optional.<ServiceContract>empty() : current(c, id.get(), on);
		});
	}

	/** Reads a date as typed (2026-12-31); an impossible one is refused naming the field. */
	public static LocalDate parseDate(String text, String field) {
		return Checks.parseDate(text, field);
	}

	static Optional<ServiceContract> current(Connection c, String customerId, LocalDate on) throws SQLException {
		Optional<ServiceContract> upcoming = Optional.empty();
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE CUSTOMER_ID = ? ORDER BY YEAR_START DESC")) {
			p.setString(1, customerId);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) { // newest first: the first that started by the date is the latest before it
					ServiceContract contract = contract(rs);
					if (!contract.start().isAfter(on)) {
						return Optional.of(contract);
					}
					upcoming = Optional.of(contract);
				}
			}
		}
		return upcoming;
	}

	static Optional<ServiceContract> find(Connection c, String contractId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE ID = ?")) {
			p.setString(1, contractId);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(contract(rs)) : Optional.empty();
			}
		}
	}

	static ServiceContract require(Connection c, String contractId) throws SQLException {
		String id = Checks.text(contractId, "the contract", 64);
		return find(c, id).orElseThrow(() -> new IllegalArgumentException("there is no contract " + id));
	}

	private static ServiceContract contract(ResultSet rs) throws SQLException {
		LocalDate start = rs.getDate(4).toLocalDate();
		Date end = rs.getDate(5);
		Date due = rs.getDate(7);
		int allowed = rs.getInt(8);
		Integer allowance = rs.wasNull() ? null : allowed;
		Timestamp changed = rs.getTimestamp(13);
		ServiceLevel level = ServiceLevel.get(rs.getInt(3));
		if (end == null && allowance == null) {
			allowance = ServiceContract.defaultAllowance(level); // a contract from before V3
		}
		return new ServiceContract(rs.getString(1), rs.getString(2), level, start,
				end == null ? start.plusYears(1).minusDays(1) : end.toLocalDate(), PaymentState.parse(rs.getString(6)),
				due == null ? null : due.toLocalDate(), allowance, rs.getInt(9), rs.getString(10), rs.getInt(11),
				rs.getString(12), changed == null ? null : changed.toInstant());
	}
}
