package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.ChangeKind;
import org.restripe.model.ServiceLevel;
import org.restripe.monitor.Recommendation;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;

/** What the workbench's desk lists and does: a customer's sites and contracts, the next state, approve as read. */
class DeskListingsTest extends DeskFixture {

	@Test
	void aCustomersSitesAndContractsAreListedNewestPeriodFirst() throws StoreException {
		routing.saveSite("acme", "backup-site", null);
		contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION1, LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), null), "ana");
		contracts.create(new Contracts.Terms(null, "acme", ServiceLevel.OPTION2, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), 3), "ana");
		assertEquals(List.of(new CustomerSite("acme", "backup-site", null), new CustomerSite("acme", "demo-site", "Rotterdam")),
				routing.sites("acme"));
		assertEquals(List.of("acme-2026-01-01", "acme-2025-01-01"),
				contracts.ofCustomer("acme").stream().map(ServiceContract::id).toList());
		assertEquals(List.of(), routing.sites("nobody"));
	}

	@Test
	void theNextStateFollowsTheRequestsPathAndEndsAtClosed() {
		assertEquals(RequestState.RECEIVED, RequestState.AWAITING_APPROVAL.forward());
		assertEquals(RequestState.CONFIGURATION_DETERMINED, RequestState.RECEIVED.forward());
		assertEquals(RequestState.IMPLEMENTATION_BUILT, RequestState.DESIGNED.forward(), "not back to reviewed");
		assertEquals(RequestState.APPLIED, RequestState.CONNECTED.forward());
		assertEquals(RequestState.CLOSED, RequestState.VERIFIED.forward());
		assertNull(RequestState.CLOSED.forward());
		assertNull(RequestState.FAILED.forward(), "a failed request waits for a decision");
	}

	@Test
	void approvingTheRequestAsReadIsRefusedWhenAnotherEngineerMovedItMeanwhile() throws StoreException {
		Request seen = desk.awaitApproval(new Recommendation("demo-site", ChangeKind.CAPACITY_ADDITION, "v1 on t3a",
				"v1 on t3a fills in 23 days: add capacity", "", 23, Instant.now()), "monitor");
		desk.decline(seen.id(), "not this year", "maria");
		StaleRowException e = assertThrows(StaleRowException.class, () -> desk.approve(seen, "agreed", "ana"));
		assertEquals("maria", e.changedBy());
		assertEquals(RequestState.DECLINED, desk.find(seen.id()).orElseThrow().state());
		Request fresh = desk.awaitApproval(new Recommendation("demo-site", ChangeKind.CAPACITY_ADDITION, "v2 on t3b",
				"v2 on t3b fills in 9 days: add capacity", "", 9, Instant.now()), "monitor");
		assertEquals(RequestState.RECEIVED, desk.approve(fresh, "agreed", "ana").state());
	}
}
