package org.restripe.monitor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.model.ChangeKind;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.Series;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;

class AdvisorTest {
	static final double GB = 1L << 30;
	static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
	static final Duration HOUR = Duration.ofHours(1);
	static final Instant NOW = START.plus(Duration.ofDays(14));
	static final int HOURS = 14 * 24;

	static SeriesKey key(String object, String metric) {
		return new SeriesKey("Acme", "127.0.0.1/16161", object, metric);
	}

	/** v1 fills in 23 days exactly, v2 is flat; port u1p1 carries 80 % of the I/O; t3b lost a disk to its spare. */
	static Map<SeriesKey, List<SeriesPoint>> site() {
		Map<SeriesKey, List<SeriesPoint>> samples = new LinkedHashMap<>();
		// v1: 100 GB, 31 GB used now, growing 3 GB/day: (100 - 31) / 3 = 23 days
		samples.put(key("v1 on t3a", Metric.SIZE_BYTES), Series.points(START, HOUR, HOURS + 1, i -> 100 * GB));
		samples.put(key("v1 on t3a", Metric.USED_BYTES),
				Series.points(START, HOUR, HOURS + 1, i -> (31 - 3 * 14 + 3 * i / 24.0) * GB));
		samples.put(key("v2 on t3a", Metric.SIZE_BYTES), Series.points(START, HOUR, HOURS + 1, i -> 100 * GB));
		samples.put(key("v2 on t3a", Metric.USED_BYTES), Series.points(START, HOUR, HOURS + 1, i -> 50 * GB));
		samples.put(key("u1p1 on t3a", Metric.PORT_REQUESTS), Series.points(START, HOUR, HOURS, i -> 800.0));
		samples.put(key("u1p1 on t3b", Metric.PORT_REQUESTS), Series.points(START, HOUR, HOURS, i -> 200.0));
		samples.put(key("u1d3 on t3b", Metric.DISK_STATUS), Series.points(START, HOUR, 3,
				i -> i == 0 ? FruStatus.READY_VALUE : FruStatus.FAULT_VALUE));
		samples.put(key("u1d9 on t3b", Metric.DISK_ROLE), Series.points(START, HOUR, 3,
				i -> i == 0 ? DiskRole.STANDBY_DISK_VALUE : DiskRole.DATA_DISK_VALUE));
		return samples;
	}

	@Test
	void theSitesRecommendationsInTheEngineersWordsMostUrgentFirst() {
		Advisor advisor = new Advisor(array -> "Database");

		List<Recommendation> recommendations = advisor.advise("Acme", site(), NOW);

		assertEquals(List.of("disk u1d3 on t3b failed: replace it and assign a hot standby",
				"hot spare u1d9 on t3b took over from a failed disk: assign a new hot standby",
				"port u1p1 carries 80% of the I/O of subsystem Database: balance channels",
				"v1 on t3a fills in 23 days: add capacity"),
				recommendations.stream().map(Recommendation::advice).toList());
		assertEquals(List.of(ChangeKind.HOT_STANDBY, ChangeKind.HOT_STANDBY, ChangeKind.PERFORMANCE_BALANCING,
				ChangeKind.CAPACITY_ADDITION), recommendations.stream().map(Recommendation::kind).toList());
		Recommendation capacity = recommendations.get(3);
		assertEquals("Acme", capacity.site());
		assertEquals("v1 on t3a", capacity.subject());
		assertEquals(23, capacity.urgency(), 1e-6);
		assertEquals("31% of 100.0 GB used, growing 3.0 GB/day; 337 samples over 14 days; 95% prediction interval",
				capacity.evidence());
		assertEquals("u1p1 on t3a: 80% of 336,000 requests over 2 ports; a fair share is 50%",
				recommendations.get(2).evidence());
		assertEquals(NOW, capacity.madeAt());
	}

	@Test
	void withoutTheSiteFileEachArrayIsItsOwnSubsystemAndOnePortEachIsNoImbalance() {
		List<Recommendation> recommendations = new Advisor().advise("Acme", site(), NOW);

		assertTrue(recommendations.stream().noneMatch(r -> r.kind() == ChangeKind.PERFORMANCE_BALANCING));
	}

	@Test
	void aVolumeFillingBeyondTheHorizonIsNotYetWorthARequest() {
		Map<SeriesKey, List<SeriesPoint>> samples = new LinkedHashMap<>();
		samples.put(key("v1 on t3a", Metric.SIZE_BYTES), Series.points(START, HOUR, HOURS + 1, i -> 1000 * GB));
		samples.put(key("v1 on t3a", Metric.USED_BYTES), Series.points(START, HOUR, HOURS + 1, i -> (100 + i / 24.0) * GB));

		assertEquals(List.of(), new Advisor().advise("Acme", samples, NOW));
	}

	@Test
	void aNoisyVolumeGetsItsIntervalInTheAdvice() {
		Map<SeriesKey, List<SeriesPoint>> samples = new LinkedHashMap<>();
		samples.put(key("v1 on t3a", Metric.SIZE_BYTES), Series.points(START, HOUR, HOURS + 1, i -> 100 * GB));
		samples.put(key("v1 on t3a", Metric.USED_BYTES),
				Series.points(START, HOUR, HOURS + 1, i -> (31 - 3 * 14 + 3 * i / 24.0 + 4 * Math.sin(i * 1.3)) * GB));

		Recommendation r = new Advisor().advise("Acme", samples, NOW).get(0);

		java.util.regex.Matcher m = java.util.regex.Pattern
				.compile("v1 on t3a fills in (\\d+) days \\((\\d+)-(\\d+)\\): add capacity").matcher(r.advice());
		assertTrue(m.matches(), r.advice());
		assertEquals(23, Integer.parseInt(m.group(1)), 1, r.advice());
		assertTrue(Integer.parseInt(m.group(2)) < 23 && Integer.parseInt(m.group(3)) > 23, r.advice());
	}
}
