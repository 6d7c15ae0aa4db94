package org.restripe.monitor.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.restripe.monitor.poll.ColumnValue;
import org.restripe.monitor.poll.PollTarget;
import org.restripe.monitor.poll.Reading;
import org.restripe.monitor.poll.SnmpCredentials;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TableSnapshot;
import org.restripe.monitor.poll.TargetPoll;
import org.restripe.monitor.poll.ValueKind;

class ReadingSamplesTest {
	private static final PollTarget TARGET = PollTarget.of("127.0.0.1/16161", SnmpCredentials.community("public"));
	private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
	private static final Instant T1 = T0.plusSeconds(60);

	private static ColumnValue text(String text) {
		return ColumnValue.text(text);
	}

	private static ColumnValue c64(long n) {
		return ColumnValue.number(ValueKind.COUNTER64, n);
	}

	private static ColumnValue c32(long n) {
		return ColumnValue.number(ValueKind.COUNTER32, n);
	}

	private static ColumnValue integer(long n) {
		return ColumnValue.number(ValueKind.INTEGER, n);
	}

	private static Reading row(SnmpTable table, long upTime, Instant at, Object... columnsAndValues) {
		Map<String, ColumnValue> values = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.put((String) columnsAndValues[i], (ColumnValue) columnsAndValues[i + 1]);
		}
		return new Reading(TARGET.name(), table, "1", values, upTime, at, null);
	}

	private static TargetPoll poll(Instant at, long upTime, SnmpTable table, Reading... rows) {
		return new TargetPoll(TARGET, at, List.of(new TableSnapshot(TARGET.name(), table, upTime, at, List.of(rows), null)), null);
	}

	private static Reading volume(long upTime, Instant at, long requests, long hits, long misses) {
		return row(SnmpTable.VOLUMES, upTime, at, "array", text("t3a"), "volume", text("v1"), "requests", c64(requests),
				"cacheHits", c64(hits), "cacheMisses", c64(misses));
	}

	private static Reading port(long upTime, Instant at, long requests) {
		return row(SnmpTable.PORTS, upTime, at, "array", text("t3a"), "port", text("u1p1"), "requests", c32(requests));
	}

	@Test
	void aSimulatedVolumesStorageRowGivesItsUsedAndSizeBytes() {
		Reading storage = row(SnmpTable.STORAGE, 100, T0, "type", new ColumnValue(ValueKind.OID, 0, "1.3.6.1.2.1.25.2.1.4"), "description", text("t3a:v1"),
				"allocationUnits", integer(65_536), "size", integer(1000), "used", integer(400));

		List<Sample> samples = new ReadingSamples("Acme").of(poll(T0, 100, SnmpTable.STORAGE, storage));

		SeriesKey size = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.SIZE_BYTES);
		SeriesKey used = new SeriesKey("Acme", "127.0.0.1/16161", "v1 on t3a", Metric.USED_BYTES);
		assertEquals(List.of(new Sample(size, T0, 65_536_000.0), new Sample(used, T0, 26_214_400.0)), samples);
	}

	@Test
	void storageThatIsNoFixedDiskIsLeftOut() {
		Reading memory = row(SnmpTable.STORAGE, 100, T0, "type", new ColumnValue(ValueKind.OID, 0, "1.3.6.1.2.1.25.2.1.2"),
				"description", text("Physical memory"), "allocationUnits", integer(1024), "size", integer(10),
				"used", integer(5));

		assertEquals(List.of(), new ReadingSamples("Acme").of(poll(T0, 100, SnmpTable.STORAGE, memory)));
	}

	@Test
	void theSecondPollGivesWhatTheVolumesCountersCountedInBetween() {
		ReadingSamples samples = new ReadingSamples("Acme");

		assertEquals(List.of(), samples.of(poll(T0, 100, SnmpTable.VOLUMES, volume(100, T0, 1000, 900, 100))),
				"a first reading has nothing to count from");
		List<Sample> second = samples.of(poll(T1, 6100, SnmpTable.VOLUMES, volume(6100, T1, 1600, 1400, 200)));

		assertEquals(List.of(new Sample(key("v1 on t3a", Metric.VOLUME_REQUESTS), T1, 600),
				new Sample(key("v1 on t3a", Metric.CACHE_HITS), T1, 500),
				new Sample(key("v1 on t3a", Metric.CACHE_MISSES), T1, 100)), second);
	}

	@Test
	void aPortCounterOf32BitsCountsAcrossItsWrap() {
		ReadingSamples samples = new ReadingSamples("Acme");
		samples.of(poll(T0, 100, SnmpTable.PORTS, port(100, T0, 4_294_967_000L)));

		List<Sample> second = samples.of(poll(T1, 6100, SnmpTable.PORTS, port(6100, T1, 704)));

		assertEquals(List.of(new Sample(key("u1p1 on t3a", Metric.PORT_REQUESTS), T1, 296 + 704)), second);
	}

	@Test
	void anAgentRestartOrA64BitCounterReadingLowerGivesNoIncrease() {
		ReadingSamples samples = new ReadingSamples("Acme");
		samples.of(poll(T0, 100_000, SnmpTable.VOLUMES, volume(100_000, T0, 1000, 900, 100)));

		assertEquals(List.of(), samples.of(poll(T1, 500, SnmpTable.VOLUMES, volume(500, T1, 10, 9, 1))),
				"sysUpTime went back: the agent restarted");
		assertEquals(List.of(), samples.of(poll(T1.plusSeconds(60), 6500, SnmpTable.VOLUMES,
				volume(6500, T1.plusSeconds(60), 5, 9, 1))).stream().filter(s -> s.series().metric()
						.equals(Metric.VOLUME_REQUESTS)).toList(), "requests read lower without a restart: a reset, not a wrap");
	}

	@Test
	void disksGiveTheirStatusAndRoleAndBadRowsNothing() {
		Reading disk = row(SnmpTable.DISKS, 100, T0, "array", text("t3a"), "disk", text("u1d3"), "status", integer(2),
				"role", integer(1), "volume", text("v1"));
		Reading bad = new Reading(TARGET.name(), SnmpTable.DISKS, "2", Map.of("array", text("t3a")), 100, T0,
				"column disk missing");

		List<Sample> samples = new ReadingSamples("Acme").of(poll(T0, 100, SnmpTable.DISKS, disk, bad));

		assertEquals(List.of(new Sample(key("u1d3 on t3a", Metric.DISK_STATUS), T0, 2),
				new Sample(key("u1d3 on t3a", Metric.DISK_ROLE), T0, 1)), samples);
	}

	@Test
	void aTargetNotReachedGivesNoSamples() {
		assertEquals(List.of(), new ReadingSamples("Acme").of(new TargetPoll(TARGET, T0, List.of(), "no answer")));
	}

	private static SeriesKey key(String object, String metric) {
		return new SeriesKey("Acme", "127.0.0.1/16161", object, metric);
	}
}
