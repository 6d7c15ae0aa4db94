package org.restripe.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * The request process of the seed's FIG. 3. A new client: customer and site, services and equipment, then a
 * contract or a one-time charge, then the kit shipment. An existing client: routed to the regional center by
 * the site's location, the contract looked up and checked; not valid: renewal or a one-time charge. On
 * completion an invoice, or "covered by contract". Each step is one transaction: all of it or nothing.
 */
public final class RequestProcess {
	private final RestripeDatabase database;

	public RequestProcess(RestripeDatabase database) {
		this.database = database;
	}

	/** A new client's first request, paid by a new contract or (exactly one of the two) a one-time charge. */
	public Request takeNewClient(NewClient intake, Contracts.Terms contract, Charges.Terms charge, String who)
			throws StoreException {
		if ((contract == null) == (charge == null)) {
			throw new IllegalArgumentException("a new client's request is paid by a contract or by a one-time charge"
					+ (contract == null ? "; neither is given" : ", not both"));
		}
		String by = Checks.who(who);
		return Transactions.run(database, "take in new client " + intake.customer().name(), c -> {
			RequestDesk.saveCustomer(c, intake.customer());
			Routing.saveSite(c, intake.customer().id(), intake.siteName(), intake.location());
			Route route = Routing.route(c, intake.customer().id(), intake.siteName());
			Request request = RequestDesk.open(c, new RequestDesk.Opening(intake.customer().id(), intake.siteName(),
					intake.summary(), RequestState.RECEIVED, "new client, routed to " + route, by));
			String services = Checks.text(intake.services(), "the services asked for", 2000);
			String contractId = null;
			Integer chargeId = null;
			if (contract != null) {
				contractId = Contracts.create(c, contract, null, by).id();
			} else {
				chargeId = Charges.charge(c, charge, by).id();
			}
			RequestDesk.REQUESTS.update(c, request.id(), request.version(), by,
					"CLIENT_KIND = ?, SERVICES = ?, CENTER = ?, CONTRACT_ID = ?, CHARGE_ID = ?", "NEW", services,
					route.center(), contractId, chargeId);
			for (Equipment.Need need : intake.equipment()) {
				needs(c, request.id(), need);
			}
			return RequestDesk.find(c, request.id()).orElseThrow();
		});
	}

	/**
	 * An existing client's request: routed, its contract looked up and checked on {@code on}. A valid contract
	 * covers it; otherwise the answer says to renew or charge ({@link #cover}, {@link #chargeOnce}).
	 */
	public ExistingClient takeExistingClient(String customerId, String siteName, String summary, LocalDate on,
			String who) throws StoreException {
		String by = Checks.who(who);
		LocalDate date = Checks.date(on, "the date");
		return Transactions.run(database, "take in a request of customer " + customerId, c -> {
			Route route = Routing.route(c, customerId, siteName);
			Request request = RequestDesk.open(c, new RequestDesk.Opening(customerId, siteName, summary,
					RequestState.RECEIVED, "existing client, routed to " + route, by));
			Optional<ServiceContract> contract = Contracts.current(c, customerId.strip(), date);
			Optional<Validity> validity = contract.map(k -> k.validity(date));
			String covering = validity.filter(Validity::valid).map(Validity::contractId).orElse(null);
			RequestDesk.REQUESTS.update(c, request.id(), request.version(), by,
					"CLIENT_KIND = ?, CENTER = ?, CONTRACT_ID = ?", "EXISTING", route.center(), covering);
			return new ExistingClient(RequestDesk.find(c, request.id()).orElseThrow(), route, contract, validity);
		});
	}

	/** The (renewed, say) contract covers the request; refused unless it is the customer's and valid on the date. */
	public Request cover(Request seen, String contractId, LocalDate on, String who) throws StoreException {
		String by = Checks.who(who);
		return Transactions.run(database, "cover " + seen.label() + " by contract " + contractId, c -> {
			ServiceContract contract = Contracts.require(c, contractId);
			if (!contract.customerId().equals(seen.customerId())) {
				throw new IllegalArgumentException("contract " + contract.id() + " is customer " + contract.customerId()
						+ "'s, not " + seen.customerId() + "'s");
			}
			Validity validity = contract.validity(Checks.date(on, "the date"));
			if (!validity.valid()) {
				throw new IllegalStateException(validity.toString());
			}
			RequestDesk.REQUESTS.update(c, seen.id(), seen.version(), by,
					"CONTRACT_ID = ?, CHARGE_ID = ?", contract.id(), null);
			return RequestDesk.find(c, seen.id()).orElseThrow();
		});
	}

	/** The request is paid by a one-time charge instead of the contract. */
	public Request chargeOnce(Request seen, Charges.Terms terms, String who) throws StoreException {
		String by = Checks.who(who);
		if (!seen.customerId().equals(terms.customerId() == null ? null : terms.customerId().strip())) {
			throw new IllegalArgumentException(seen.label() + " is customer " + seen.customerId() + "'s; the charge names "
					+ terms.customerId());
		}
		return Transactions.run(database, "charge " + seen.label(), c -> {
			OneTimeCharge charge = Charges.charge(c, terms, by);
			RequestDesk.REQUESTS.update(c, seen.id(), seen.version(), by,
					"CONTRACT_ID = ?, CHARGE_ID = ?", null, charge.id());
			return RequestDesk.find(c, seen.id()).orElseThrow();
		});
	}

	/** The kit sent to a new client: the equipment the intake found, with the logical implementation (a kit). */
	public KitShipment recordShipment(int requestId, String kit, String carrierReference, String who)
			throws StoreException {
		return recordShipment(requestId, List.of(), kit, carrierReference, who);
	}

	/** The kit shipment with the equipment actually shipped; none given: the equipment the intake found. */
	public KitShipment recordShipment(int requestId, List<Equipment.Need> shipped, String kit, String carrierReference,
			String who) throws StoreException {
		String by = Checks.who(who);
		String kitName = Checks.text(kit, "the kit (the logical implementation shipped)", 1000);
		String carrier = Checks.optionalText(carrierReference, "the carrier's reference", 200);
		return Transactions.run(database, "record the kit shipment of request " + requestId, c -> {
			RequestDesk.find(c, requestId).orElseThrow(() -> new IllegalArgumentException("there is no request " + requestId));
			List<String> equipment = shipped == null || shipped.isEmpty() ? equipment(c, requestId)
					: shipped.stream().map(Equipment.Need::toString).toList();
			String items = equipment.isEmpty() ? "no equipment" : String.join("; ", equipment);
			try (PreparedStatement p = c.prepareStatement("INSERT INTO KIT_SHIPMENT (REQUEST_ID, EQUIPMENT, KIT,"
					+ " CARRIER_REFERENCE, SHIPPED_BY, SHIPPED_AT) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				p.setInt(1, requestId);
				p.setString(2, items.length() > 2000 ? items.substring(0, 2000) : items);
				p.setString(3, kitName);
				p.setString(4, carrier);
				p.setString(5, by);
				p.setTimestamp(6, Timestamp.from(Times.now()));
				p.executeUpdate();
				try (ResultSet keys = p.getGeneratedKeys()) {
					keys.next();
					return new KitShipment(keys.getInt(1), requestId, items, kitName, carrier, by);
				}
			}
		});
	}

	/** The kit shipments recorded for the request, first shipped first. */
	public List<KitShipment> shipments(int requestId) throws StoreException {
		return Transactions.read(database, "read the kit shipments of request " + requestId, c -> {
			List<KitShipment> shipments = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT ID, EQUIPMENT, KIT, CARRIER_REFERENCE, SHIPPED_BY"
					+ " FROM KIT_SHIPMENT WHERE REQUEST_ID = ? ORDER BY ID")) {
				p.setInt(1, requestId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						shipments.add(new KitShipment(rs.getInt(1), requestId, rs.getString(2), rs.getString(3),
								rs.getString(4), rs.getString(5)));
					}
				}
			}
			return shipments;
		});
	}

	/** The equipment the intake found the request's site needs, in words. */
	public List<String> equipment(int requestId) throws StoreException {
		return Transactions.read(database, "read the equipment of request " + requestId, c -> equipment(c, requestId));
	}

	/**
	 * Closes a verified request: a charged one gets its invoice; a covered one counts a reconfiguration against
	 * its contract. A request with neither is refused: it must be covered or charged first.
	 */
	public Completion complete(Request seen, String why, String who) throws StoreException {
		String by = Checks.who(who);
		String reason = Checks.text(why, "why (the reason for closing)", 2000);
		if (seen.chargeId() == null && seen.contractId() == null) {
			throw new IllegalStateException(seen.label() + " is neither covered by a contract nor charged; cover it"
					+ " or charge it once before closing");
		}
		if (!seen.state().next().contains(RequestState.CLOSED)) {
			throw new IllegalStateException(seen.label() + " is " + seen.state().words() + "; it can go to "
					+ seen.state().nextInWords() + ", not closed");
		}
		return Transactions.run(database, "close " + seen.label(), c -> {
			RequestDesk.REQUESTS.update(c, seen.id(), seen.version(), by, "STATE = ?",
					RequestState.CLOSED.name());
			RequestDesk.history(c, seen.id(), seen.state(), RequestState.CLOSED, reason, by);
			Request closed = RequestDesk.find(c, seen.id()).orElseThrow();
			if (seen.chargeId() != null) {
				return new Completion(closed, Optional.of(Invoices.issue(c, closed)), "one-time charge " + seen.chargeId());
			}
			ServiceContract used = Contracts.useReconfiguration(c, seen.contractId(), by);
			Integer allowed = used.reconfigurationsAllowed();
			// another covered request may have used the last one since this was taken in: say so, the desk decides
			String over = allowed != null && used.reconfigurationsUsed() > allowed ? " (over its allowance: "
					+ used.reconfigurationsUsed() + " of " + allowed + " used; consider a one-time charge)" : "";
			return new Completion(closed, Optional.empty(), "covered by contract " + seen.contractId() + over);
		});
	}

	private static void needs(Connection c, int requestId, Equipment.Need need) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO EQUIPMENT_NEEDED (REQUEST_ID, ITEM, DETAIL) VALUES (?, ?, ?)")) {
			p.setInt(1, requestId);
			p.setString(2, need.item().name());
			p.setString(3, need.detail());
			p.executeUpdate();
		}
	}

	private static List<String> equipment(Connection c, int requestId) throws SQLException {
		List<String> items = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement(
				"SELECT ITEM, DETAIL FROM EQUIPMENT_NEEDED WHERE REQUEST_ID = ? ORDER BY ID")) {
			p.setInt(1, requestId);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					items.add(new Equipment.Need(Equipment.valueOf(rs.getString(1)), rs.getString(2)).toString());
				}
			}
		}
		return items;
	}
}
