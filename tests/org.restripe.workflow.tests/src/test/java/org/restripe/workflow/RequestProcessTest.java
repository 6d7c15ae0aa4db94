package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.ServiceLevel;
import org.restripe.store.StoreException;

/** FIG. 3 as the desk walks it: a new client, an existing client covered or not, completion and invoices. */
class RequestProcessTest extends DeskFixture {
	private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
	private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
	private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

	private Request walkToVerified(Request r) throws StoreException {
		for (RequestState s : List.of(RequestState.CONFIGURATION_DETERMINED, RequestState.SERVICE_LEVEL_DETERMINED,
				RequestState.REVIEWED, RequestState.DESIGNED, RequestState.IMPLEMENTATION_BUILT, RequestState.CONNECTED,
				RequestState.APPLIED, RequestState.VERIFIED)) {
			r = desk.move(r.id(), s, "step " + s.words(), "ana");
		}
		return r;
	}

	@Test
	void aNewClientGetsCustomerSiteEquipmentAContractAndAKitShipment() throws Exception {
		routing.place("Utrecht", "BENELUX");
		NewClient intake = new NewClient(new Customer("initech", "Initech B.V.", "EMEA"), "initech-dc1", "Utrecht",
				"remote reconfiguration of two T3 arrays", List.of(
						new Equipment.Need(Equipment.STORAGE_MANAGEMENT_HOST, "Sun Netra, 2 serial ports"),
						new Equipment.Need(Equipment.DIALBACK_MODEM, null)),
				"first reconfiguration: RAID 5 on t3a");
		Request r = process.takeNewClient(intake, new Contracts.Terms(null, "initech", ServiceLevel.OPTION2, JAN_1,
				DEC_31, null), null, "ana");
		assertEquals("Utrecht solutions center", r.center(), "routed by the site's location");
		assertEquals("initech-2026-01-01", r.contractId());
		assertEquals(List.of("storage management host (Sun Netra, 2 serial ports)", "dialback modem"),
				process.equipment(r.id()));
		KitShipment shipment = process.recordShipment(r.id(), "initech-dc1-raid5.kit", "DHL 1234567890", "ana");
		assertEquals("storage management host (Sun Netra, 2 serial ports); dialback modem", shipment.equipment());
		assertEquals(1, count("KIT_SHIPMENT"));
	}

	@Test
	void aNewClientNeedsAContractOrAChargeAndAnIncompleteIntakeWritesNothing() throws Exception {
		NewClient intake = new NewClient(new Customer("initech", "Initech B.V.", "EMEA"), "initech-dc1", "Utrecht",
				"", List.of(), "RAID 5");
		assertEquals("a new client's request is paid by a contract or by a one-time charge; neither is given",
				assertThrows(IllegalArgumentException.class, () -> process.takeNewClient(intake, null, null, "ana"))
						.getMessage());
		assertEquals("the services asked for is missing", assertThrows(IllegalArgumentException.class,
				() -> process.takeNewClient(intake, new Contracts.Terms(null, "initech", ServiceLevel.OPTION2, JAN_1,
						DEC_31, null), null, "ana")).getMessage());
		assertEquals(1, count("CUSTOMER"), "initech was not kept");
		assertEquals(0, count("REQUEST"));
		assertEquals(1, count("SITE"));
	}

	@Test
	void anExistingClientWithAValidContractIsCoveredAndTheClosedRequestUsesAReconfiguration() throws StoreException {
		contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION1, JAN_1, DEC_31, null), "ana");
		ExistingClient taken = process.takeExistingClient("acme", "demo-site", "hot spare on t3b", JUNE, "ana");
		assertTrue(taken.covered(), taken.next());
		assertEquals("Amsterdam solutions center", taken.route().center());
		assertTrue(taken.route().how().contains("customer's region"), taken.route().how());
		Completion done = process.complete(walkToVerified(taken.request()), "verified at the site", "ana");
		assertEquals(RequestState.CLOSED, done.request().state());
		assertEquals("covered by contract acme-2026-01-01", done.coverage());
		assertFalse(done.invoice().isPresent());
		assertEquals(1, contracts.find("acme-2026-01-01").orElseThrow().reconfigurationsUsed());
		ExistingClient second = process.takeExistingClient("acme", "demo-site", "RAID 1 on t3a", JUNE, "ana");
		assertFalse(second.covered());
		assertEquals("request " + second.request().id() + " is not covered (contract acme-2026-01-01 is not valid on"
				+ " 2026-06-15: no reconfigurations left: 1 of 1 used in this period): renew the contract or offer a"
				+ " one-time charge; routed to Amsterdam solutions center (region EMEA, by the customer's region (no"
				+ " region claims the location Rotterdam))", second.next());
	}

	@Test
	void anUncoveredRequestIsChargedOnceAndItsInvoiceExportsAsCsvAndHtml() throws Exception {
		desk.saveCustomer(new Customer("acme", "Acme \"Freight\", <Ltd.>", "EMEA"));
		ExistingClient taken = process.takeExistingClient("acme", "demo-site", "channel addition", JUNE, "ana");
		assertFalse(taken.covered());
		assertTrue(taken.next().contains("the customer has no contract"), taken.next());
		Request charged = process.chargeOnce(taken.request(), new Charges.Terms("acme",
				"Channel addition, t3a\nweekend work", new BigDecimal("1250.00"), "EUR", "PSP-77"), "ana");
		Completion done = process.complete(walkToVerified(charged), "verified", "ana");
		Invoice invoice = done.invoice().orElseThrow();
		assertEquals(new BigDecimal("1250.00"), invoice.amount());
		assertEquals(List.of(invoice), new Invoices(database).all());
		StringWriter csv = new StringWriter();
		Invoices.writeCsv(new Invoices(database).all(), csv);
		String[] lines = csv.toString().split("\r\n", -1);
		assertEquals("invoice,request,customer id,customer,center,description,amount,currency,payment reference,issued at",
				lines[0]);
		assertTrue(lines[1].startsWith(invoice.id() + "," + charged.id() + ",acme,\"Acme \"\"Freight\"\", <Ltd.>\","
				+ "Amsterdam solutions center,\"Channel addition, t3a\nweekend work\",1250.00,EUR,PSP-77,"), lines[1]);
		StringWriter html = new StringWriter();
		Invoices.writeHtml(new Invoices(database).all(), html);
		assertTrue(html.toString().contains("<td>Acme &quot;Freight&quot;, &lt;Ltd.&gt;</td>"), html.toString());
		assertFalse(html.toString().contains("<Ltd.>"));
		assertTrue(html.toString().contains("1 invoice; total 1250.00 EUR"), html.toString());
	}

	@Test
	void twoRequestsCoveredByTheLastReconfigurationCloseAndTheSecondSaysItIsOverTheAllowance() throws StoreException {
		contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION1, JAN_1, DEC_31, null), "ana");
		ExistingClient first = process.takeExistingClient("acme", "demo-site", "hot spare on t3b", JUNE, "ana");
		ExistingClient second = process.takeExistingClient("acme", "demo-site", "RAID 1 on t3a", JUNE, "ana");
		assertTrue(first.covered() && second.covered(), "both taken in while one was left");
		assertEquals("covered by contract acme-2026-01-01",
				process.complete(walkToVerified(first.request()), "verified", "ana").coverage());
		assertEquals("covered by contract acme-2026-01-01 (over its allowance: 2 of 1 used; consider a one-time charge)",
				process.complete(walkToVerified(second.request()), "verified", "ana").coverage());
	}

	@Test
	void aRequestWithNeitherContractNorChargeCannotBeClosed() throws StoreException {
		ExistingClient taken = process.takeExistingClient("acme", "demo-site", "LUN size change", JUNE, "ana");
		Request verified = walkToVerified(taken.request());
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> process.complete(verified, "done", "ana"));
		assertEquals("request " + verified.id() + " is neither covered by a contract nor charged; cover it or charge it"
				+ " once before closing", e.getMessage());
		assertEquals(RequestState.VERIFIED, desk.find(verified.id()).orElseThrow().state());
	}

	@Test
	void afterARenewalTheRequestIsCoveredByTheNewContract() throws StoreException {
		ServiceContract old = contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION2,
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null), "ana");
		ExistingClient taken = process.takeExistingClient("acme", "demo-site", "CKD type change", JUNE, "ana");
		assertEquals(List.of("the period ended on 2025-12-31"), taken.validity().orElseThrow().reasons());
		ServiceContract renewed = contracts.renew(old.id(), null, "ana");
		assertEquals("contract acme-2026-01-01 is not valid on 2026-06-15: payment was due on 2026-01-31 and has not"
				+ " been received", assertThrows(IllegalStateException.class,
						() -> process.cover(taken.request(), renewed.id(), JUNE, "ana")).getMessage());
		contracts.recordPayment(renewed, PaymentState.PAID, null, "finance");
		Request covered = process.cover(taken.request(), renewed.id(), JUNE, "ana");
		assertEquals("acme-2026-01-01", covered.contractId());
	}

	@Test
	void routingByLocationUsesTheConfiguredRegionAndAnUnservedRegionIsNamed() throws StoreException {
		routing.place("Rotterdam", "BENELUX");
		assertEquals("Utrecht solutions center (region BENELUX, by the site's location Rotterdam)",
				routing.route("acme", "demo-site").toString());
		desk.saveCustomer(new Customer("kyoto", "Kyoto Logistics", "APAC"));
		routing.saveSite("kyoto", "kyoto-1", "Kyoto");
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> routing.route("kyoto", "kyoto-1"));
		assertEquals("no solutions center serves the region APAC (kyoto-1); configure the region's center first",
				e.getMessage());
		assertEquals("the region MARS is not configured; give it a center first",
				assertThrows(IllegalArgumentException.class, () -> routing.place("Olympus Mons", "MARS")).getMessage());
	}
}
