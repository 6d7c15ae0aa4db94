package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

class RequestDeskTest {
	@TempDir
	Path data;
	private RestripeDatabase database;
	private RequestDesk desk;

	@BeforeEach
	void open() throws StoreException {
		database = RestripeDatabase.openEmbedded(data);
		desk = new RequestDesk(database);
		desk.saveCustomer(new Customer("acme", "Acme Freight Ltd.", "EMEA"));
	}

	@AfterEach
	void close() throws StoreException {
		database.close();
	}

	@Test
	void aNewRequestIsReceivedListedAndRemembersItsHistory() throws StoreException {
		Request r = desk.open("acme", "demo-site", "RAID 1 for the database volume on t3a");
		assertEquals(RequestState.RECEIVED, r.state());
		desk.move(r.id(), RequestState.CONFIGURATION_LOADED, "snapshot of 2026-11-26");
		desk.move(r.id(), RequestState.REVIEWED, "no findings");
		assertEquals(List.of(r.id()), desk.openRequests().stream().map(Request::id).toList());
		assertEquals(List.of(RequestState.RECEIVED, RequestState.CONFIGURATION_LOADED, RequestState.REVIEWED),
				desk.history(r.id()));
	}

	@Test
	void aMoveTheLifeCycleForbidsIsRefusedAndChangesNothing() throws StoreException {
		Request r = desk.open("acme", "demo-site", "more capacity");
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> desk.move(r.id(), RequestState.CLOSED, "skip everything"));
		assertTrue(e.getMessage().contains("RECEIVED") && e.getMessage().contains("CLOSED"), e.getMessage());
		assertEquals(RequestState.RECEIVED, desk.find(r.id()).orElseThrow().state());
		assertEquals(List.of(RequestState.RECEIVED), desk.history(r.id()));
	}

	@Test
	void closedAndRefusedRequestsLeaveTheWorkList() throws StoreException {
		Request refused = desk.open("acme", "demo-site", "CKD type change on an Option 1 contract");
		desk.move(refused.id(), RequestState.REFUSED, "outside the service level");
		Request open = desk.open("acme", "demo-site", "hot spare on t3b");
		assertEquals(List.of(open.id()), desk.openRequests().stream().map(Request::id).toList());
	}

	@Test
	void aRequestForAnUnknownCustomerOrWithoutSummaryIsRefusedClearly() throws StoreException {
		StoreException unknown = assertThrows(StoreException.class, () -> desk.open("nobody", "demo-site", "x"));
		assertTrue(unknown.getMessage().contains("nobody"), unknown.getMessage());
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> desk.open("acme", "demo-site", "  "));
		assertTrue(blank.getMessage().contains("what the customer asks for"), blank.getMessage());
		assertEquals(List.of(), desk.openRequests());
	}

	@Test
	void movingARequestThatDoesNotExistNamesIt() {
		StoreException e = assertThrows(StoreException.class, () -> desk.move(4711, RequestState.REVIEWED, "x"));
		assertTrue(e.getMessage().contains("4711"), e.getMessage());
	}

	@Test
	void savingAKnownCustomerUpdatesItInsteadOfDuplicatingIt() throws StoreException {
		desk.saveCustomer(new Customer("acme", "Acme Freight", "APAC"));
		assertEquals(List.of(new Customer("acme", "Acme Freight", "APAC")), desk.customers());
	}

	@Test
	void everyMoveOfTheLifeCycleIsAllowedOnlyForward() {
		assertEquals(RequestState.PLANNED, RequestState.DESIGNED.moveTo(RequestState.PLANNED));
		assertTrue(RequestState.CLOSED.next().isEmpty(), "a closed request is final");
		assertThrows(IllegalStateException.class, () -> RequestState.VERIFIED.moveTo(RequestState.DESIGNED));
	}
}
