package org.restripe.monitor.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.restripe.model.ChangeKind;
import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.MeanSums;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.CacheTrend;
import org.restripe.monitor.trend.CapacityForecast;
import org.restripe.monitor.trend.DiskHealth;
import org.restripe.monitor.trend.PortShare;

/**
 * Turns a site's samples into recommendations, most urgent first: volumes filling, ports carrying more than
 * their share, caches losing their hits, failed disks and spent hot spares.
 */
public final class Advisor {
	/** Volumes that may fill within this many days are worth a request now. */
	public static final double CAPACITY_HORIZON_DAYS = 90;
	/** An unbalanced channel is no outage, but every day of it slows the hot port's hosts. */
	public static final double BALANCING_URGENCY_DAYS = 7;
	/** A hot spare that took over leaves the volume one failure from degraded: soon, not now. */
	public static final double SPARE_SPENT_URGENCY_DAYS = 1;

	private final Function<String, String> subsystemOfArray;

	/** @param subsystemOfArray the subsystem an array belongs to, from the site file (the array itself if unknown) */
	public Advisor(Function<String, String> subsystemOfArray) {
		this.subsystemOfArray = subsystemOfArray;
	}

	/** An advisor that takes each array for its own subsystem. */
	public Advisor() {
		this(Function.identity());
	}

	public List<Recommendation> advise(String site, Map<SeriesKey, List<SeriesPoint>> samples, Instant now) {
		return advise(site, samples, Map.of(), now);
	}

	/**
	 * As {@link #advise(String, Map, Instant)}, with volumes' used space over months given as sums of their
	 * daily means ({@link org.restripe.monitor.samples.SampleStore#readSiteDailyMeans}) rather than as points.
	 */
	public List<Recommendation> advise(String site, Map<SeriesKey, List<SeriesPoint>> samples,
			Map<SeriesKey, MeanSums> usedByDay, Instant now) {
		SiteSeries series = new SiteSeries(samples, usedByDay);
		List<Recommendation> recommendations = new ArrayList<>();
		series.volumes().forEach(volume -> capacity(site, series, volume, now).ifPresent(recommendations::add));
		series.portsBy(subsystemOfArray).forEach((subsystem, ports) -> PortShare.of(subsystem, ports)
				.filter(PortShare::unbalanced).map(share -> balancing(site, share, now)).ifPresent(recommendations::add));
		series.arrays().forEach(array -> {
			CacheTrend.of(array, series.cacheHits(array), series.cacheMisses(array), now).filter(CacheTrend::falling)
					.map(trend -> cache(site, trend, now)).ifPresent(recommendations::add);
			disks(site, DiskHealth.of(array, series.disks(array)), now, recommendations);
		});
		recommendations.sort(RANKING);
		return recommendations;
	}

	/** Most urgent first; among equals by site, kind and subject, so the order is the same every run. */
	public static final Comparator<Recommendation> RANKING = Comparator.comparingDouble(Recommendation::urgency)
			.thenComparing(Recommendation::site).thenComparing(Recommendation::kind).thenComparing(Recommendation::subject);

	private static Optional<Recommendation> capacity(String site, SiteSeries series, String volume, Instant now) {
		Optional<Double> size = series.size(volume);
		if (size.isEmpty()) {
			return Optional.empty();
		}
		Optional<MeanSums> byDay = series.usedByDay(volume);
		Optional<CapacityForecast> forecast = byDay.isPresent()
				? CapacityForecast.of(volume, byDay.get(), size.get(), now)
				: CapacityForecast.of(volume, series.used(volume), size.get(), now);
		return forecast.filter(f -> f.earliestDays() <= CAPACITY_HORIZON_DAYS)
				.map(f -> capacityAdvice(site, f, now));
	}

	static Recommendation capacityAdvice(String site, CapacityForecast f, Instant now) {
		String advice = f.days() == 0 ? f.object() + " is full: add capacity"
				: f.object() + " fills in " + Wording.daysWithInterval(f.days(), f.earliestDays(), f.latestDays())
						+ ": add capacity";
		String evidence = Wording.percent(f.usedShare()) + " of " + Wording.bytes(f.sizeBytes()) + " used, growing "
				+ Wording.bytes(f.bytesPerDay()) + "/day; " + f.samples() + " samples over " + Wording.span(f.spanDays())
				+ "; " + Wording.percent(CapacityForecast.CONFIDENCE) + " prediction interval";
		return new Recommendation(site, ChangeKind.CAPACITY_ADDITION, f.object(), advice, evidence, f.earliestDays(), now);
	}

	static Recommendation balancing(String site, PortShare share, Instant now) {
		String port = org.restripe.monitor.samples.ObjectNames.elementOf(share.busiest());
		String advice = "port " + port + " carries " + Wording.percent(share.share()) + " of the I/O of subsystem "
				+ share.subsystem() + ": balance channels";
		String evidence = share.busiest() + ": " + Wording.percent(share.share()) + " of " + Wording.count(share.requests())
				+ " requests over " + share.ports() + " ports; a fair share is " + Wording.percent(1.0 / share.ports());
		return new Recommendation(site, ChangeKind.PERFORMANCE_BALANCING, "port " + port + " of subsystem "
				+ share.subsystem(), advice, evidence, BALANCING_URGENCY_DAYS, now);
	}

	static Recommendation cache(String site, CacheTrend t, Instant now) {
		String advice = "cache hit ratio of " + t.array() + " fell from " + Wording.percent(t.firstRatio()) + " to "
				+ Wording.percent(t.nowRatio()) + " in " + Wording.span(t.spanDays()) + ": review cache blocking";
		String floor = t.daysToFloor() == 0 ? "already below " + Wording.percent(CacheTrend.FLOOR)
				: "below " + Wording.percent(CacheTrend.FLOOR) + " in " + Wording.days(t.daysToFloor());
		String evidence = "falls " + String.format(java.util.Locale.ROOT, "%.1f", -t.perDay() * 100)
				+ " points a day over " + t.intervals() + " intervals; " + floor;
		return new Recommendation(site, ChangeKind.CACHE_BLOCKING, "cache of " + t.array(), advice, evidence,
				t.daysToFloor(), now);
	}

	private static void disks(String site, DiskHealth health, Instant now, List<Recommendation> out) {
		String spares = health.sparesLeft() == 0 ? "no hot spare left on " + health.array()
				: health.sparesLeft() + " hot spare(s) left on " + health.array();
		for (String disk : health.failed()) {
			boolean covered = !health.substituted().isEmpty();
			out.add(new Recommendation(site, ChangeKind.HOT_STANDBY, disk, "disk " + disk + " failed: replace it"
					+ (health.sparesLeft() == 0 ? " and assign a hot standby" : ""),
					"disk table: status fault" + (covered ? "; a hot spare took its place" : "") + "; " + spares, 0, now));
		}
		for (String spare : health.substituted()) {
			out.add(new Recommendation(site, ChangeKind.HOT_STANDBY, spare, "hot spare " + spare
					+ " took over from a failed disk: assign a new hot standby",
					"disk table: role standby, now data disk; " + spares,
					health.sparesLeft() == 0 ? 0 : SPARE_SPENT_URGENCY_DAYS, now));
		}
	}
}
