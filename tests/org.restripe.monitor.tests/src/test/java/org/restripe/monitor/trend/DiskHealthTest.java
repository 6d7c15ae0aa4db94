package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.monitor.samples.Series;
import org.restripe.monitor.samples.SeriesPoint;

class DiskHealthTest {
	private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

	private static List<SeriesPoint> readings(int... values) {
		return Series.points(START, Duration.ofMinutes(5), values.length, i -> values[i]);
	}

	private static DiskHealth.DiskReadings disk(String name, List<SeriesPoint> status, List<SeriesPoint> role) {
		return new DiskHealth.DiskReadings(name, status, role);
	}

	@Test
	void aFailedDiskAndTheHotSpareThatTookItsPlace() {
		int ready = FruStatus.READY_VALUE;
		int fault = FruStatus.FAULT_VALUE;
		int data = DiskRole.DATA_DISK_VALUE;
		int standby = DiskRole.STANDBY_DISK_VALUE;
		DiskHealth health = DiskHealth.of("t3a", List.of(
				disk("u1d1 on t3a", readings(ready, ready, ready), readings(data, data, data)),
				disk("u1d3 on t3a", readings(ready, fault, fault), readings(data, data, data)),
				disk("u1d9 on t3a", readings(ready, ready, ready), readings(standby, standby, data))));

		assertEquals(List.of("u1d3 on t3a"), health.failed());
		assertEquals(List.of("u1d9 on t3a"), health.substituted());
		assertEquals(0, health.sparesLeft());
	}

	@Test
	void readyDisksAndAnUnusedSpareAreHealthy() {
		DiskHealth health = DiskHealth.of("t3a", List.of(
				disk("u1d1 on t3a", readings(FruStatus.READY_VALUE), readings(DiskRole.DATA_DISK_VALUE)),
				disk("u1d9 on t3a", readings(FruStatus.READY_VALUE), readings(DiskRole.STANDBY_DISK_VALUE))));

		assertTrue(health.healthy());
		assertEquals(1, health.sparesLeft());
	}

	@Test
	void aSubstitutionInsideAnHourRolledUpIsSeen() {
		SeriesPoint hour = new SeriesPoint(START, Duration.ofHours(1), DiskRole.DATA_DISK_VALUE,
				DiskRole.STANDBY_DISK_VALUE, 1.5, START.plusSeconds(1800), DiskRole.DATA_DISK_VALUE, START.plusSeconds(3000), 12);

		DiskHealth health = DiskHealth.of("t3a", List.of(disk("u1d9 on t3a", List.of(), List.of(hour))));

		assertEquals(List.of("u1d9 on t3a"), health.substituted());
	}
}
