package org.restripe.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.RestripeFactory;

class IdPairingTest {

	private static Host host(String id) {
		Host h = RestripeFactory.eINSTANCE.createHost();
		h.setId(id);
		return h;
	}

	@Test
	void aCopyPairsByPositionWithNothingAddedOrRemoved() {
		List<Host> current = List.of(host("a"), host("b"));
		List<Host> desired = List.of(host("a"), host("b"));
		IdPairing<Host> pairing = new IdPairing<>(current, desired);
		assertSame(desired.get(1), pairing.desiredFor(1));
		assertSame(current.get(0), pairing.currentFor(0));
		assertEquals(List.of(), pairing.added());
		assertEquals(List.of(), pairing.removed());
	}

	@Test
	void reorderedAddedAndRemovedElementsArePairedById() {
		List<Host> current = List.of(host("a"), host("b"), host("c"));
		List<Host> desired = List.of(host("c"), host("d"), host("a"));
		IdPairing<Host> pairing = new IdPairing<>(current, desired);
		assertSame(desired.get(2), pairing.desiredFor(0));
		assertNull(pairing.desiredFor(1), "b is gone");
		assertSame(current.get(2), pairing.currentFor(0));
		assertNull(pairing.currentFor(1), "d is new");
		assertEquals(List.of("d"), pairing.added().stream().map(Host::getId).toList());
		assertEquals(List.of("b"), pairing.removed().stream().map(Host::getId).toList());
	}

	@Test
	void aSwapOfTwoIdsAtTheSamePositionsIsNotMistakenForAMatch() {
		List<Host> current = List.of(host("a"), host("b"));
		List<Host> desired = List.of(host("b"), host("a"));
		IdPairing<Host> pairing = new IdPairing<>(current, desired);
		assertEquals("a", pairing.desiredFor(0).getId());
		assertEquals(List.of(), pairing.added());
	}
}
