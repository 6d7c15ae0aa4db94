package org.restripe.workflow;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/** One-time charges: a price and a payment reference, never a card number. */
public final class Charges {
	private static final BigDecimal LARGEST = new BigDecimal("9999999999.99"); // DECIMAL(12,2)
	private final RestripeDatabase database;

	public Charges(RestripeDatabase database) {
		this.database = database;
	}

	/** What is to be charged. */
	public record Terms(String customerId, String description, BigDecimal price, String currency,
			String paymentReference) {
	}

	public OneTimeCharge charge(Terms terms, String who) throws StoreException {
		return Transactions.run(database, "charge customer " + terms.customerId(), c -> charge(c, terms, Checks.who(who)));
	}

	static OneTimeCharge charge(Connection c, Terms terms, String who) throws SQLException {
		RequestDesk.requireCustomer(c, terms.customerId());
		String description = Checks.text(terms.description(), "what is charged (the description)", 500);
		BigDecimal price = price(terms.price());
		String currency = currency(terms.currency());
		String reference = PaymentReference.check(terms.paymentReference());
		int id;
		try (PreparedStatement p = c.prepareStatement("INSERT INTO ONE_TIME_CHARGE (CUSTOMER_ID, DESCRIPTION, PRICE,"
				+ " CURRENCY, PAYMENT_REFERENCE, CHARGED_BY, CHARGED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			p.setString(1, terms.customerId().strip());
			p.setString(2, description);
			p.setBigDecimal(3, price);
			p.setString(4, currency);
			p.setString(5, reference);
			p.setString(6, who);
			p.setTimestamp(7, Timestamp.from(Times.now()));
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				id = keys.getInt(1);
			}
		}
		return find(c, id).orElseThrow();
	}

	public Optional<OneTimeCharge> find(int id) throws StoreException {
		return Transactions.read(database, "read charge " + id, c -> find(c, id));
	}

	static Optional<OneTimeCharge> find(Connection c, int id) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT ID, CUSTOMER_ID, DESCRIPTION, PRICE, CURRENCY,"
				+ " PAYMENT_REFERENCE, CHARGED_BY, CHARGED_AT FROM ONE_TIME_CHARGE WHERE ID = ?")) {
			p.setInt(1, id);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? Optional.of(new OneTimeCharge(rs.getInt(1), rs.getString(2), rs.getString(3),
						rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getTimestamp(8).toInstant())) : Optional.empty();
			}
		}
	}

	static BigDecimal price(BigDecimal price) {
		if (price == null) {
			throw new IllegalArgumentException("the price is missing");
		}
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("the price must be more than 0: " + price.toPlainString());
		}
		if (price.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("the price has more than two decimals: " + price.toPlainString());
		}
		if (price.compareTo(LARGEST) > 0) {
			throw new IllegalArgumentException("the price is too large: " + price.toPlainString());
		}
		return price.setScale(2);
	}

	/** Reads a price as typed: 1250, 1250.50; anything else is refused naming the field. */
	public static BigDecimal parsePrice(String text) {
		try {
			return price(new BigDecimal(Checks.text(text, "the price", 20)));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("the price '" + text + "' is not a number (e.g. 1250.00)");
		}
	}

	static String currency(String currency) {
		String code = Checks.text(currency, "the currency", 20).toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("the currency '" + currency + "' is not a three-letter code (EUR, USD)");
		}
		return code;
	}
}
