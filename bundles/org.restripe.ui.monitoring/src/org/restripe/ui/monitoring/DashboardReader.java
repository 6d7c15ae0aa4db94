package org.restripe.ui.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.restripe.monitor.advice.Recommendations;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.ObjectNames;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.CapacityForecast;
import org.restripe.monitor.trend.Counters;
import org.restripe.monitor.trend.LinearTrend;
import org.restripe.monitor.trend.PortShare;
import org.restripe.store.StoreException;

/**
 * Reads what the dashboard shows of a site from the sample store: each volume's used space over the last year
 * (by day once there is a month of days), its forecast fitted as the recommendations fit it (the last
 * {@link Recommendations#DEFAULT_WINDOW}, by day with a month of days), and each subsystem's port load over
 * the last {@link Recommendations#RECENT}.
 */
public final class DashboardReader {
	public static final Duration HISTORY = Duration.ofDays(365);

	private final SampleStore store;

	public DashboardReader(SampleStore store) {
		this.store = store;
	}

	/** What the dashboard of a site shows. */
	public record Dashboard(String site, List<VolumeCapacity> volumes, List<PortLoad> ports) {
	}

	/** @param subsystemOfArray the subsystem an array serves (from the site file), null when unknown */
	public Dashboard read(String site, Function<String, String> subsystemOfArray, Instant now) throws StoreException {
		Instant end = now.plusMillis(1);
		Map<String, Double> sizes = lastValues(store.readSite(site, now.minus(HISTORY), end,
				key -> key.metric().equals(Metric.SIZE_BYTES)));
		List<VolumeCapacity> volumes = new ArrayList<>();
		for (Map.Entry<SeriesKey, List<SeriesPoint>> daily : byObject(
				store.readSiteDaily(site, Metric.USED_BYTES, now.minus(HISTORY), end)).entrySet()) {
			volumes.add(volume(daily.getKey(), daily.getValue(), sizes.getOrDefault(daily.getKey().object(), Double.NaN),
					now));
		}
		Map<SeriesKey, List<SeriesPoint>> requests = byObject(store.readSite(site, now.minus(Recommendations.RECENT), end,
				key -> key.metric().equals(Metric.PORT_REQUESTS)));
		return new Dashboard(site, volumes, ports(requests, subsystemOfArray));
	}

	private VolumeCapacity volume(SeriesKey key, List<SeriesPoint> daily, double size, Instant now) throws StoreException {
		Instant end = now.plusMillis(1);
		Instant fitFrom = now.minus(Recommendations.DEFAULT_WINDOW);
		List<SeriesPoint> history = daily.size() >= Recommendations.DAYS_FOR_A_DAILY_FIT ? daily
				: store.read(key, now.minus(HISTORY), end);
		List<SeriesPoint> dailyFit = daily.stream().filter(p -> !p.at().isBefore(fitFrom)).toList();
		List<SeriesPoint> fit = dailyFit.size() >= Recommendations.DAYS_FOR_A_DAILY_FIT ? dailyFit
				: store.read(key, fitFrom, end);
		Optional<CapacityForecast> forecast = CapacityForecast.of(key.object(), fit, size, now);
		long origin = fit.isEmpty() ? now.toEpochMilli() : fit.get(0).meanAtMillis();
		Optional<LinearTrend> line = forecast.isEmpty() ? Optional.empty() : line(fit, origin);
		return new VolumeCapacity(key.object(), history, size, forecast, line, origin);
	}

	/** The line CapacityForecast fits: x in days since the first point's mean time, y the points' means. */
	private static Optional<LinearTrend> line(List<SeriesPoint> points, long origin) {
		double[] x = new double[points.size()];
		double[] y = new double[points.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = (points.get(i).meanAtMillis() - origin) / VolumeCapacity.DAY_MILLIS;
			y[i] = points.get(i).mean();
		}
		return LinearTrend.fit(x, y);
	}

	private static List<PortLoad> ports(Map<SeriesKey, List<SeriesPoint>> requests, Function<String, String> subsystemOfArray) {
		Map<String, Map<String, List<SeriesPoint>>> bySubsystem = new TreeMap<>();
		requests.forEach((key, points) -> {
			String array = ObjectNames.arrayOf(key.object());
			String subsystem = subsystemOfArray.apply(array);
			bySubsystem.computeIfAbsent(subsystem == null ? array : subsystem, s -> new TreeMap<>()).put(key.object(), points);
		});
		List<PortLoad> loads = new ArrayList<>();
		bySubsystem.forEach((subsystem, ports) -> {
			Map<String, Double> counted = new LinkedHashMap<>();
			ports.forEach((port, points) -> counted.put(port, Counters.increase(points)));
			loads.add(new PortLoad(subsystem, counted, PortShare.of(subsystem, ports)));
		});
		return loads;
	}

	/** One series an object: a site read from several targets names each element once; the first target wins. */
	private static Map<SeriesKey, List<SeriesPoint>> byObject(Map<SeriesKey, List<SeriesPoint>> series) {
		Map<String, SeriesKey> first = new TreeMap<>();
		series.keySet().forEach(key -> first.putIfAbsent(key.object(), key));
		Map<SeriesKey, List<SeriesPoint>> one = new LinkedHashMap<>();
		first.values().forEach(key -> one.put(key, series.get(key)));
		return one;
	}

	private static Map<String, Double> lastValues(Map<SeriesKey, List<SeriesPoint>> series) {
		Map<String, Double> last = new TreeMap<>();
		byObject(series).forEach((key, points) -> {
			if (!points.isEmpty()) {
				last.put(key.object(), points.get(points.size() - 1).last());
			}
		});
		return last;
	}
}
