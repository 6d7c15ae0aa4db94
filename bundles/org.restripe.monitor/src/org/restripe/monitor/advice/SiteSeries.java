package org.restripe.monitor.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.ObjectNames;
import org.restripe.monitor.samples.MeanSums;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.DiskHealth;

/**
 * A site's series by metric and object. A site read from several targets names each element once (the
 * element and its array), so the target is not part of the grouping; the first target's series wins.
 */
final class SiteSeries {
	private final Map<String, Map<String, List<SeriesPoint>>> byMetric = new TreeMap<>();

	private final Map<String, MeanSums> usedByDay = new TreeMap<>();

	SiteSeries(Map<SeriesKey, List<SeriesPoint>> samples, Map<SeriesKey, MeanSums> usedByDay) {
		samples.forEach((key, points) -> byMetric.computeIfAbsent(key.metric(), m -> new TreeMap<>())
				.putIfAbsent(key.object(), points));
		usedByDay.forEach((key, sums) -> this.usedByDay.putIfAbsent(key.object(), sums));
	}

	private Map<String, List<SeriesPoint>> metric(String metric) {
		return byMetric.getOrDefault(metric, Map.of());
	}

	/** Volumes with used-space readings. */
	List<String> volumes() {
		java.util.Set<String> volumes = new java.util.TreeSet<>(metric(Metric.USED_BYTES).keySet());
		volumes.addAll(usedByDay.keySet());
		return new ArrayList<>(volumes);
	}

	/** The volume's used space as sums of its daily means, when read so. */
	Optional<MeanSums> usedByDay(String volume) {
		return Optional.ofNullable(usedByDay.get(volume));
	}

	List<SeriesPoint> used(String volume) {
		return metric(Metric.USED_BYTES).getOrDefault(volume, List.of());
	}

	/** The volume's latest size reading. */
	Optional<Double> size(String volume) {
		List<SeriesPoint> sizes = metric(Metric.SIZE_BYTES).getOrDefault(volume, List.of());
		return sizes.isEmpty() ? Optional.empty() : Optional.of(sizes.get(sizes.size() - 1).last());
	}

	/** Each subsystem's ports and their request counters. */
	Map<String, Map<String, List<SeriesPoint>>> portsBy(Function<String, String> subsystemOfArray) {
		Map<String, Map<String, List<SeriesPoint>>> subsystems = new TreeMap<>();
		metric(Metric.PORT_REQUESTS).forEach((object, points) -> {
			String subsystem = subsystemOfArray.apply(ObjectNames.arrayOf(object));
			subsystems.computeIfAbsent(subsystem == null ? ObjectNames.arrayOf(object) : subsystem,
					s -> new LinkedHashMap<>()).put(object, points);
		});
		return subsystems;
	}

	/** The arrays any series names. */
	TreeSet<String> arrays() {
		TreeSet<String> arrays = new TreeSet<>();
		byMetric.values().forEach(objects -> objects.keySet().forEach(o -> arrays.add(ObjectNames.arrayOf(o))));
		return arrays;
	}

	List<List<SeriesPoint>> cacheHits(String array) {
		return ofArray(Metric.CACHE_HITS, array);
	}

	List<List<SeriesPoint>> cacheMisses(String array) {
		return ofArray(Metric.CACHE_MISSES, array);
	}

	List<DiskHealth.DiskReadings> disks(String array) {
		return DiskHealth.readings(objectsOf(Metric.DISK_STATUS, array), objectsOf(Metric.DISK_ROLE, array));
	}

	private List<List<SeriesPoint>> ofArray(String metric, String array) {
		return new ArrayList<>(objectsOf(metric, array).values());
	}

	private Map<String, List<SeriesPoint>> objectsOf(String metric, String array) {
		Map<String, List<SeriesPoint>> objects = new TreeMap<>();
		metric(metric).forEach((object, points) -> {
			if (ObjectNames.arrayOf(object).equals(array)) {
				objects.put(object, points);
			}
		});
		return objects;
	}
}
