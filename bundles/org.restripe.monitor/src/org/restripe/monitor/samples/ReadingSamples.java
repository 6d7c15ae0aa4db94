package org.restripe.monitor.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.restripe.monitor.poll.ColumnValue;
import org.restripe.monitor.poll.CounterDelta;
import org.restripe.monitor.poll.Reading;
import org.restripe.monitor.poll.SnmpTable;
import org.restripe.monitor.poll.TableSnapshot;
import org.restripe.monitor.poll.TargetPoll;
import org.restripe.monitor.poll.ValueKind;

/**
 * Turns the poller's table readings into samples of one site: used and size bytes of each volume (from
 * hrStorageTable), the increases of the volumes' request and cache counters and of the ports' request
 * counters since the previous poll, and each disk's status and role. Objects are named as the site file and
 * the agent's tables name them: "v1 on t3a", "u1p1 on t3a", "u1d3 on t3a".
 *
 * <p>It remembers each row's last reading, so the first poll of a row gives no increases. Rows are matched by
 * array and element name, not by row index, so a row that moves does not borrow another's counters. Bad rows
 * (a column missing or mistyped) give no samples.
 */
public final class ReadingSamples {
	private static final String FIXED_DISK = "1.3.6.1.2.1.25.2.1.4";
	private static final double TWO_TO_THE_64 = 0x1p64;

	private final String site;
	private final Map<String, Reading> previous = new HashMap<>();

	public ReadingSamples(String site) {
		this.site = site;
	}

	/** The samples of one poll of one target, in table and row order; none for a target not reached. */
	public List<Sample> of(TargetPoll poll) {
		List<Sample> samples = new ArrayList<>();
		for (TableSnapshot table : poll.tables()) {
			for (Reading row : table.rows()) {
				if (row.isGood()) {
					row(poll.target().address(), table, row, samples);
				}
			}
		}
		return samples;
	}

	private void row(String target, TableSnapshot table, Reading row, List<Sample> out) {
		switch (table.table()) {
		case STORAGE -> storage(target, table, row, out);
		case VOLUMES -> {
			String volume = ObjectNames.element(text(row, "volume"), text(row, "array"));
			Reading before = remember(target, table.table(), volume, row);
			increase(target, table, volume, Metric.VOLUME_REQUESTS, before, row, "requests", out);
			increase(target, table, volume, Metric.CACHE_HITS, before, row, "cacheHits", out);
			increase(target, table, volume, Metric.CACHE_MISSES, before, row, "cacheMisses", out);
		}
		case PORTS -> {
			String port = ObjectNames.element(text(row, "port"), text(row, "array"));
			Reading before = remember(target, table.table(), port, row);
			increase(target, table, port, Metric.PORT_REQUESTS, before, row, "requests", out);
		}
		case DISKS -> {
			String disk = ObjectNames.element(text(row, "disk"), text(row, "array"));
			number(target, table, disk, Metric.DISK_STATUS, row.value("status"), 1, out);
			number(target, table, disk, Metric.DISK_ROLE, row.value("role"), 1, out);
		}
		}
	}

	/** A fixed disk of hrStorageTable: the simulator describes a volume as "t3a:v1"; a real host by its mount. */
	private void storage(String target, TableSnapshot table, Reading row, List<Sample> out) {
		ColumnValue type = row.value("type");
		if (type == null || !FIXED_DISK.equals(type.text())) {
			return;
		}
		String description = text(row, "description");
		int colon = description.indexOf(':');
		String object = colon > 0 ? ObjectNames.element(description.substring(colon + 1), description.substring(0, colon))
				: description;
		long unit = row.value("allocationUnits").number();
		number(target, table, object, Metric.SIZE_BYTES, row.value("size"), unit, out);
		number(target, table, object, Metric.USED_BYTES, row.value("used"), unit, out);
	}

	private Reading remember(String target, SnmpTable table, String object, Reading row) {
		return previous.put(target + "|" + table + "|" + object, row);
	}

	private void increase(String target, TableSnapshot table, String object, String metric, Reading before,
			Reading after, String column, List<Sample> out) {
		if (before == null) {
			return;
		}
		CounterDelta delta = CounterDelta.between(before, after, column);
		if (!delta.hasDelta() || implausibleWrap(delta, after.value(column))) {
			return;
		}
		double increase = delta.delta() >= 0 ? delta.delta() : delta.delta() + TWO_TO_THE_64;
		out.add(new Sample(new SeriesKey(site, target, object, metric), table.readAt(), increase));
	}

	/**
	 * A 64-bit counter does not wrap in the life of an array: one that reads lower was reset (a controller
	 * failover, or a volume unmounted by a careless agent), and what it counted in between is unknown.
	 */
	private static boolean implausibleWrap(CounterDelta delta, ColumnValue value) {
		return delta.kind() == CounterDelta.Kind.WRAPPED && value.kind() == ValueKind.COUNTER64;
	}

	private void number(String target, TableSnapshot table, String object, String metric, ColumnValue value, long unit,
			List<Sample> out) {
		if (value != null && value.number() >= 0 && unit > 0) {
			out.add(new Sample(new SeriesKey(site, target, object, metric), table.readAt(), (double) value.number() * unit));
		}
	}

	private static String text(Reading row, String column) {
		ColumnValue value = row.value(column);
		return value == null || value.text() == null || value.text().isBlank() ? "?" : value.text();
	}
}
