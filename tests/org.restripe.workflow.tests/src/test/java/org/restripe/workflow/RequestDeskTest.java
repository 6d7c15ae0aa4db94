package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.ChangeKind;
import org.restripe.monitor.Recommendation;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreException;

class RequestDeskTest extends DeskFixture {

	@Test
	void aRequestWalksTheLifeCycleAndEveryMoveIsKeptWithWhoWhenAndWhy() throws StoreException {
		Request r = desk.open("acme", "demo-site", "RAID 1 for the database volume on t3a");
		assertEquals(RequestState.RECEIVED, r.state());
		Instant before = Instant.now().minusSeconds(1);
		desk.move(r.id(), RequestState.CONFIGURATION_DETERMINED, "snapshot of 2026-11-26", "ana");
		desk.move(r.id(), RequestState.SERVICE_LEVEL_DETERMINED, "Option 2 contract", "ana");
		Request reviewed = desk.move(r.id(), RequestState.REVIEWED, "no findings", "bob");
		assertEquals(RequestState.REVIEWED, reviewed.state());
		assertEquals("bob", reviewed.changedBy());
		List<Transition> moves = desk.transitions(r.id());
		assertEquals(List.of(RequestState.RECEIVED, RequestState.CONFIGURATION_DETERMINED,
				RequestState.SERVICE_LEVEL_DETERMINED, RequestState.REVIEWED), desk.history(r.id()));
		Transition last = moves.get(3);
		assertEquals(RequestState.SERVICE_LEVEL_DETERMINED, last.from());
		assertEquals("bob", last.who());
		assertEquals("no findings", last.why());
		assertTrue(!last.when().isBefore(before), last.when() + " is when it was moved");
		assertEquals(List.of(r.id()), desk.openRequests().stream().map(Request::id).toList());
	}

	@Test
	void anIllegalMoveIsRefusedWithWhereTheRequestCanGoAndChangesNothing() throws StoreException {
		Request r = desk.open("acme", "demo-site", "more capacity");
		desk.move(r.id(), RequestState.CONFIGURATION_DETERMINED, "snapshot", "ana");
		desk.move(r.id(), RequestState.SERVICE_LEVEL_DETERMINED, "Option 3", "ana");
		desk.move(r.id(), RequestState.REVIEWED, "no findings", "ana");
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> desk.move(r.id(), RequestState.APPLIED, "skip ahead", "ana"));
		assertEquals("request " + r.id() + " is reviewed; it can go to designed, declined or cancelled, not applied",
				e.getMessage());
		assertEquals(RequestState.REVIEWED, desk.find(r.id()).orElseThrow().state());
		assertEquals(4, desk.transitions(r.id()).size());
	}

	@Test
	void theSecondOfTwoEngineersMovingTheSameRequestIsRefusedNamingTheFirst() throws StoreException {
		Request r = desk.open("acme", "demo-site", "hot spare on t3b");
		Request seenByAna = desk.find(r.id()).orElseThrow();
		Request seenByBob = desk.find(r.id()).orElseThrow();
		desk.move(seenByAna, RequestState.CONFIGURATION_DETERMINED, "discovered over the line", "ana");
		StaleRowException e = assertThrows(StaleRowException.class,
				() -> desk.move(seenByBob, RequestState.CANCELLED, "customer called", "bob"));
		assertTrue(e.getMessage().startsWith("Request " + r.id() + " was changed by ana at "), e.getMessage());
		assertTrue(e.getMessage().endsWith(" since you read it: reload it and try again"), e.getMessage());
		assertEquals(RequestState.CONFIGURATION_DETERMINED, desk.find(r.id()).orElseThrow().state());
		assertEquals(2, desk.transitions(r.id()).size(), "bob's move left no history row");
	}

	@Test
	void aMoveNeedsAReason() throws StoreException {
		Request r = desk.open("acme", "demo-site", "cache blocking 64k");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> desk.move(r.id(), RequestState.CONFIGURATION_DETERMINED, " ", "ana"));
		assertEquals("why (the reason for the move) is missing", e.getMessage());
	}

	@Test
	void aRecommendationAwaitsApprovalAndGoesOnWhenApprovedOrBackToMonitoringWhenDeclined() throws StoreException {
		Recommendation fills = new Recommendation("demo-site", ChangeKind.CAPACITY_ADDITION, "v1 on t3a",
				"v1 on t3a fills in 23 days: add capacity", "30 samples, linear fit", 23, Instant.now());
		Request approved = desk.awaitApproval(fills, "monitor");
		assertEquals(RequestState.AWAITING_APPROVAL, approved.state());
		assertEquals("acme", approved.customerId(), "the customer the desk knows the site under");
		assertTrue(approved.summary().startsWith("v1 on t3a fills in 23 days: add capacity"), approved.summary());
		assertEquals(RequestState.RECEIVED, desk.approve(approved.id(), "customer agreed by phone", "ana").state());
		Request declined = desk.awaitApproval(fills, "monitor");
		assertEquals(RequestState.DECLINED, desk.decline(declined.id(), "next quarter", "ana").state());
		assertEquals("declined, back to monitoring: next quarter", desk.transitions(declined.id()).get(1).why());
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> desk.approve(approved.id(), "again", "ana"));
		assertEquals("request " + approved.id() + " is received, not awaiting approval", e.getMessage());
	}

	@Test
	void aRecommendationForASiteTheDeskDoesNotKnowIsRefused() {
		Recommendation r = new Recommendation("nowhere", ChangeKind.PERFORMANCE_BALANCING, "port u1p1",
				"balance the channels", "", 0, Instant.now());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> desk.awaitApproval(r, "monitor"));
		assertEquals("the desk knows no site 'nowhere'; register the site with its customer first", e.getMessage());
	}

	@Test
	void theListFiltersByStateCustomerAndSiteAndPagesNewestFirst() throws StoreException {
		desk.saveCustomer(new Customer("globex", "Globex", "EMEA"));
		for (int i = 0; i < 7; i++) {
			desk.open(i % 2 == 0 ? "acme" : "globex", i < 4 ? "demo-site" : "other-site", "request " + i);
		}
		Request cancelled = desk.open("acme", "demo-site", "changed their mind");
		desk.move(cancelled.id(), RequestState.CANCELLED, "customer withdrew", "ana");
		RequestQuery small = new RequestQuery(null, null, null, 1, 3);
		assertEquals(List.of("changed their mind", "request 6", "request 5"), summaries(desk.list(small)));
		assertEquals(List.of("request 4", "request 3", "request 2"), summaries(desk.list(small.onPage(2))));
		assertEquals(List.of("request 1", "request 0"), summaries(desk.list(small.onPage(3))));
		assertEquals(List.of("request 6", "request 4", "request 2", "request 0"),
				summaries(desk.list(RequestQuery.all().ofCustomer("acme").inState(RequestState.RECEIVED))));
		assertEquals(List.of("request 5"),
				summaries(desk.list(RequestQuery.all().ofCustomer("globex").atSite("other-site"))));
		assertEquals(List.of("changed their mind"), summaries(desk.list(RequestQuery.all().inState(RequestState.CANCELLED))));
	}

	@Test
	void sqlMetacharactersInNamesAreKeptAsTextAndSelectNothingElse() throws Exception {
		String name = "O'Brien\"; DROP TABLE REQUEST; --";
		desk.saveCustomer(new Customer("x' OR '1'='1", name, "EMEA"));
		desk.open("x' OR '1'='1", "site'); DELETE FROM CUSTOMER; --", "summary with ' and ;");
		assertEquals(name, desk.customer("x' OR '1'='1").orElseThrow().name());
		assertEquals(1, desk.list(RequestQuery.all().ofCustomer("x' OR '1'='1")).size());
		assertEquals(0, desk.list(RequestQuery.all().ofCustomer("' OR '1'='1")).size());
		assertEquals(2, count("CUSTOMER"));
	}

	@Test
	void aRequestForAnUnknownCustomerIsRefusedAndNothingIsWritten() throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> desk.open("nobody", "demo-site", "anything"));
		assertEquals("the customer 'nobody' is not known to the desk; add the customer first", e.getMessage());
		assertEquals(0, count("REQUEST"));
		assertEquals(0, count("REQUEST_HISTORY"));
	}

	@Test
	void aStateIsReadAsTheEngineerTypesIt() {
		assertEquals(RequestState.SERVICE_LEVEL_DETERMINED, RequestState.parse("service level determined"));
		assertEquals(RequestState.IMPLEMENTATION_BUILT, RequestState.parse("implementation-built"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestState.parse("done"));
		assertTrue(e.getMessage().startsWith("'done' is not a request state; the states are: awaiting approval, received"),
				e.getMessage());
	}

	private static List<String> summaries(List<Request> requests) {
		return requests.stream().map(Request::summary).toList();
	}
}
