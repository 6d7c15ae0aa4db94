package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restripe.store.StoreException;

/** A kit built for a request moves the request, and so does the kit's run, on every engine. */
class RequestProgressTest extends DeskFixture {
	private static final String KIT = "3f".repeat(32);
	private RequestProgress progress;

	@BeforeEach
	void progress() {
		progress = new RequestProgress(database);
	}

	@Test
	void aKitBuiltForARequestBringsItToImplementationBuiltRecordingEveryStateOnTheWay() throws StoreException {
		Request r = desk.open("acme", "demo-site", "RAID 1 for the database volume");
		Request built = progress.kitBuilt(r.id(), KIT, "demo-site", "ana");
		assertEquals(RequestState.IMPLEMENTATION_BUILT, built.state());
		assertEquals(List.of(RequestState.RECEIVED, RequestState.CONFIGURATION_DETERMINED,
				RequestState.SERVICE_LEVEL_DETERMINED, RequestState.REVIEWED, RequestState.DESIGNED,
				RequestState.IMPLEMENTATION_BUILT), desk.history(r.id()));
		Transition last = desk.transitions(r.id()).get(5);
		assertEquals("kit 3f3f3f3f3f3f built", last.why());
		assertEquals("ana", last.who());
		assertEquals(Optional.of(r.id()), progress.requestOfKit(KIT));
	}

	@Test
	void theKitsRunMovesItsRequestToConnectedAppliedAndVerified() throws StoreException {
		Request r = desk.open("acme", "demo-site", "hot spare on t3b");
		progress.kitBuilt(r.id(), KIT, "demo-site", "ana");
		progress.kitReached(KIT, RequestState.CONNECTED, "dialled back by the site", "ana");
		Request verified = progress.kitReached(KIT, RequestState.VERIFIED, "the arrays match the design", "ana")
				.orElseThrow();
		assertEquals(RequestState.VERIFIED, verified.state());
		List<Transition> moves = desk.transitions(r.id());
		assertEquals(RequestState.APPLIED, moves.get(moves.size() - 2).to());
		assertEquals("the arrays match the design", moves.get(moves.size() - 1).why());
	}

	@Test
	void aKitBuiltForNoRequestMovesNothing() throws StoreException {
		Request r = desk.open("acme", "demo-site", "more capacity");
		assertEquals(Optional.empty(), progress.kitReached(KIT, RequestState.VERIFIED, "verified", "ana"));
		assertEquals(RequestState.RECEIVED, desk.find(r.id()).orElseThrow().state());
	}

	@Test
	void aFailedRunFailsTheRequestAndARebuiltKitBringsItBack() throws StoreException {
		Request r = desk.open("acme", "demo-site", "cache blocking 64k");
		progress.kitBuilt(r.id(), KIT, "demo-site", "ana");
		progress.kitReached(KIT, RequestState.CONNECTED, "connected", "ana");
		assertEquals(RequestState.FAILED,
				progress.kitReached(KIT, RequestState.FAILED, "t3a step 2 failed: rolled back", "ana").orElseThrow().state());
		Request again = progress.kitBuilt(r.id(), "4e".repeat(32), "demo-site", "ana");
		assertEquals(RequestState.IMPLEMENTATION_BUILT, again.state());
		assertEquals(RequestState.DESIGNED, desk.transitions(r.id()).get(desk.transitions(r.id()).size() - 2).to());
	}

	@Test
	void aKitForAnotherSiteOrARequestAwaitingApprovalIsRefusedAndNothingIsRecorded() throws StoreException {
		Request r = desk.open("acme", "demo-site", "more capacity");
		IllegalArgumentException wrongSite = assertThrows(IllegalArgumentException.class,
				() -> progress.kitBuilt(r.id(), KIT, "other-site", "ana"));
		assertEquals("request " + r.id() + " is for site demo-site, not other-site: build the kit for a request of"
				+ " other-site", wrongSite.getMessage());
		assertEquals(Optional.empty(), progress.requestOfKit(KIT));
		desk.move(r.id(), RequestState.CANCELLED, "customer called", "ana");
		IllegalStateException cancelled = assertThrows(IllegalStateException.class,
				() -> progress.kitBuilt(r.id(), KIT, "demo-site", "ana"));
		assertTrue(cancelled.getMessage().startsWith("a request that is cancelled cannot be moved to implementation built"),
				cancelled.getMessage());
		assertEquals(Optional.empty(), progress.requestOfKit(KIT));
	}

	@Test
	void aKitIsNamedByItsManifestsSha256() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> progress.requestOfKit("demo.kit"));
		assertEquals("a kit is named by its manifest's SHA-256 (64 hexadecimal digits), not 'demo.kit'", e.getMessage());
	}
}
