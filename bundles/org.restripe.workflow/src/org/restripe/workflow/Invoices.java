package org.restripe.workflow;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/** The invoices for the financial center, and their export as CSV and as a printable HTML page. */
public final class Invoices {
	private static final String SELECT = "SELECT I.ID, I.REQUEST_ID, I.CUSTOMER_ID, C.NAME, I.CENTER, I.DESCRIPTION,"
			+ " I.AMOUNT, I.CURRENCY, I.PAYMENT_REFERENCE, I.ISSUED_AT FROM INVOICE I JOIN CUSTOMER C ON C.ID = I.CUSTOMER_ID";
	static final List<String> HEADER = List.of("invoice", "request", "customer id", "customer", "center",
			"description", "amount", "currency", "payment reference", "issued at");
	private final RestripeDatabase database;

	public Invoices(RestripeDatabase database) {
		this.database = database;
	}

	/** Every invoice, oldest first. */
	public List<Invoice> all() throws StoreException {
		return Transactions.read(database, "list the invoices", c -> {
			List<Invoice> invoices = new ArrayList<>();
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT + " ORDER BY I.ID")) {
				while (rs.next()) {
					invoices.add(invoice(rs));
				}
			}
			return invoices;
		});
	}

	/** The invoice of a closed, charged request, from its one-time charge. */
	static Invoice issue(Connection c, Request closed) throws SQLException {
		OneTimeCharge charge = Charges.find(c, closed.chargeId()).orElseThrow();
		int id;
		try (PreparedStatement p = c.prepareStatement("INSERT INTO INVOICE (REQUEST_ID, CUSTOMER_ID, CHARGE_ID, CENTER,"
				+ " DESCRIPTION, AMOUNT, CURRENCY, PAYMENT_REFERENCE, ISSUED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			p.setInt(1, closed.id());
			p.setString(2, closed.customerId());
			p.setInt(3, charge.id());
			p.setString(4, closed.center());
			p.setString(5, charge.description());
			p.setBigDecimal(6, charge.price());
			p.setString(7, charge.currency());
			p.setString(8, charge.paymentReference());
			p.setTimestamp(9, Timestamp.from(Times.now()));
			p.executeUpdate();
			try (ResultSet keys = p.getGeneratedKeys()) {
				keys.next();
				id = keys.getInt(1);
			}
		}
		try (PreparedStatement p = c.prepareStatement(SELECT + " WHERE I.ID = ?")) {
			p.setInt(1, id);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return invoice(rs);
			}
		}
	}

	/** RFC 4180 CSV: a header line, one line an invoice, CRLF line ends. */
	public static void writeCsv(List<Invoice> invoices, Writer out) throws IOException {
		Csv csv = Csv.on(out);
		csv.line(HEADER);
		for (Invoice i : invoices) {
			csv.line(fields(i));
		}
		csv.flush();
	}

	/** A printable page: one table, every value escaped, totals by currency. */
	public static void writeHtml(List<Invoice> invoices, Writer out) throws IOException {
		out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Restripe invoices</title>\n"
				+ "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;"
				+ "padding:2px 6px}td.amount{text-align:right}@media print{th{background:#eee}}</style></head><body>\n"
				+ "<h1>Invoices</h1>\n<table>\n<tr>");
		for (String h : HEADER) {
			out.write("<th>" + Html.escape(h) + "</th>");
		}
		out.write("</tr>\n");
		for (Invoice i : invoices) {
			out.write("<tr>");
			List<String> fields = fields(i);
			for (int f = 0; f < fields.size(); f++) {
				out.write(f == 6 ? "<td class=\"amount\">" : "<td>");
				out.write(Html.escape(fields.get(f)) + "</td>");
			}
			out.write("</tr>\n");
		}
		out.write("</table>\n<p>" + invoices.size() + (invoices.size() == 1 ? " invoice" : " invoices") + "; total "
				+ Html.escape(totals(invoices)) + "</p>\n</body></html>\n");
		out.flush();
	}

	private static String totals(List<Invoice> invoices) {
		java.util.Map<String, java.math.BigDecimal> sums = new java.util.TreeMap<>();
		invoices.forEach(i -> sums.merge(i.currency(), i.amount(), java.math.BigDecimal::add));
		List<String> parts = new ArrayList<>();
		sums.forEach((currency, sum) -> parts.add(sum.toPlainString() + " " + currency));
		return parts.isEmpty() ? "nothing" : String.join(", ", parts);
	}

	private static List<String> fields(Invoice i) {
		return List.of(Integer.toString(i.id()), Integer.toString(i.requestId()), i.customerId(), i.customerName(),
				i.center() == null ? "" : i.center(), i.description(), i.amount().toPlainString(), i.currency(),
				i.paymentReference(), Times.words(i.issuedAt()));
	}

	private static Invoice invoice(ResultSet rs) throws SQLException {
		return new Invoice(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant());
	}
}
