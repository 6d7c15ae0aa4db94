package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.monitor.samples.Series;
import org.restripe.monitor.samples.SeriesPoint;

class PortShareTest {
	private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	private static final Duration STEP = Duration.ofMinutes(5);

	/** Twelve five-minute increases of {@code perStep} requests. */
	private static List<SeriesPoint> counter(double perStep) {
		return Series.points(START, STEP, 12, i -> perStep);
	}

	@Test
	void aPortCarryingFourFifthsOfTheRequestsOfTwoIsUnbalanced() {
		Map<String, List<SeriesPoint>> ports = new LinkedHashMap<>();
		ports.put("u1p1 on t3a", counter(800));
		ports.put("u2p1 on t3b", counter(200));

		PortShare share = PortShare.of("Database", ports).orElseThrow();

		assertEquals("u1p1 on t3a", share.busiest());
		assertEquals(0.8, share.share(), 1e-12);
		assertEquals(12_000, share.requests(), 1e-9);
		assertEquals(2, share.ports());
		assertTrue(share.unbalanced());
	}

	@Test
	void sixtyFortyOverTwoPortsIsBalancedEnoughButHalfOfFourIsNot() {
		Map<String, List<SeriesPoint>> two = Map.of("a", counter(60), "b", counter(40));
		assertFalse(PortShare.of("S", two).orElseThrow().unbalanced());

		Map<String, List<SeriesPoint>> four = Map.of("a", counter(55), "b", counter(15), "c", counter(15), "d", counter(15));
		PortShare share = PortShare.of("S", four).orElseThrow();
		assertEquals(0.55, share.share(), 1e-12);
		assertTrue(share.unbalanced(), "55% against a fair 25% is more than half again");
	}

	@Test
	void onePortOrNoIoHasNoShares() {
		assertTrue(PortShare.of("S", Map.of("a", counter(10))).isEmpty());
		assertTrue(PortShare.of("S", Map.of("a", counter(0), "b", counter(0))).isEmpty());
	}
}
