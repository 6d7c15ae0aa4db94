package org.restripe.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StaleRowException;
import org.restripe.store.testing.FreshStore;

/**
 * Two centers' desks on one Derby Network Server database, two engineers moving the same request at the same
 * moment: one move is acknowledged, the other refused, and the history holds exactly the acknowledged one.
 */
class TwoDesksTest {
	@Test
	void twoCentersMovingTheSameRequestAtOnceLoseNothing() throws Exception {
		FreshStore store = FreshStore.onDerbyNetworkServer();
		try (RestripeDatabase amsterdam = store.open(); RestripeDatabase utrecht = store.open()) {
			RequestDesk ams = new RequestDesk(amsterdam);
			RequestDesk utr = new RequestDesk(utrecht);
			ams.saveCustomer(new Customer("acme", "Acme Freight Ltd.", "EMEA"));
			Request opened = ams.open("acme", "demo-site", "hot spare on t3b");
			Request seenInAmsterdam = ams.find(opened.id()).orElseThrow();
			Request seenInUtrecht = utr.find(opened.id()).orElseThrow();
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService engineers = Executors.newFixedThreadPool(2);
			try {
				List<Future<Request>> moves = new ArrayList<>();
				moves.add(engineers.submit(() -> {
					go.await();
					return ams.move(seenInAmsterdam, RequestState.CONFIGURATION_DETERMINED, "discovered", "ana");
				}));
				moves.add(engineers.submit(() -> {
					go.await();
					return utr.move(seenInUtrecht, RequestState.CANCELLED, "customer called", "bob");
				}));
				go.countDown();
				List<Request> acknowledged = new ArrayList<>();
				List<Throwable> refused = new ArrayList<>();
				for (Future<Request> move : moves) {
					try {
						acknowledged.add(move.get(60, TimeUnit.SECONDS));
					} catch (java.util.concurrent.ExecutionException e) {
						refused.add(e.getCause());
					}
				}
				assertEquals(1, acknowledged.size(), "exactly one move is acknowledged");
				assertEquals(1, refused.size(), "the other is refused");
				StaleRowException refusal = assertInstanceOf(StaleRowException.class, refused.get(0));
				Request winner = acknowledged.get(0);
				assertTrue(refusal.getMessage().startsWith("Request " + opened.id() + " was changed by "
						+ winner.changedBy() + " at "), refusal.getMessage());
				Request now = utr.find(opened.id()).orElseThrow();
				assertEquals(winner.state(), now.state());
				assertEquals(opened.version() + 1, now.version());
				List<Transition> history = ams.transitions(opened.id());
				assertEquals(List.of(RequestState.RECEIVED, winner.state()),
						history.stream().map(Transition::to).toList(), "the refused move left no history row");
			} finally {
				engineers.shutdownNow();
			}
		}
	}
}
