package org.restripe.monitor.advice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.MeanSums;
import org.restripe.monitor.samples.Metric;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.store.StoreException;

/**
 * The recommendations for the monitored sites, from the samples in the store. Which sites are monitored is
 * the desk's decision (their contract includes ongoing monitoring, Option 3): it arrives as a predicate.
 */
public final class Recommendations {
	/** How far back the trends look by default: a quarter. */
	public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
	/** Ports, caches and disks are judged on the last two weeks, hour by hour. */
	public static final Duration RECENT = Duration.ofDays(14);
	/** With a month of days or more, a volume's growth is fitted on its daily means rather than its hours. */
	public static final int DAYS_FOR_A_DAILY_FIT = 30;

	private final SampleStore store;
	private final Predicate<String> monitored;
	private final Advisor advisor;
	private final Duration window;

	public Recommendations(SampleStore store, Predicate<String> monitored, Advisor advisor, Duration window) {
		this.store = store;
		this.monitored = monitored;
		this.advisor = advisor;
		this.window = window;
	}

	public Recommendations(SampleStore store, Predicate<String> monitored) {
		this(store, monitored, new Advisor(), DEFAULT_WINDOW);
	}

	/** A monitored site's recommendations, most urgent first; refuses a site whose contract lacks monitoring. */
	public List<Recommendation> forSite(String site, Instant now) throws StoreException, NotMonitoredException {
		if (!monitored.test(site)) {
			throw new NotMonitoredException(site);
		}
		return advise(site, now);
	}

	/**
	 * The site's recommendations from its last two weeks as read, with each volume's used space over the whole
	 * window: by day where there is a month of days (as sums of the daily means, read mostly as 28-day blocks:
	 * a year of hours would be 24 times the reading for the same line), by sample or hour otherwise.
	 */
	private List<Recommendation> advise(String site, Instant now) throws StoreException {
		Instant end = now.plusMillis(1);
		Duration recent = window.compareTo(RECENT) < 0 ? window : RECENT;
		if (recent.equals(window)) {
			return advisor.advise(site, new LinkedHashMap<>(store.readSite(site, now.minus(recent), end)), now);
		}
		// used space comes by day over the whole window below: its two weeks of hours need not be read at all
		Map<SeriesKey, List<SeriesPoint>> samples = new LinkedHashMap<>(
				store.readSite(site, now.minus(recent), end, key -> !key.metric().equals(Metric.USED_BYTES)));
		Map<SeriesKey, MeanSums> byDay = new LinkedHashMap<>();
		for (Map.Entry<SeriesKey, MeanSums> used : store.readSiteDailyMeans(site, Metric.USED_BYTES, now.minus(window), end)
				.entrySet()) {
			if (used.getValue().days() >= DAYS_FOR_A_DAILY_FIT) {
				byDay.put(used.getKey(), used.getValue());
			} else {
				samples.put(used.getKey(), store.read(used.getKey(), now.minus(window), end));
			}
		}
		return advisor.advise(site, samples, byDay, now);
	}

	/** The recommendations of those of the sites that are monitored, most urgent first; the others are skipped. */
	public List<Recommendation> forSites(Collection<String> sites, Instant now) throws StoreException {
		List<Recommendation> all = new ArrayList<>();
		for (String site : sites) {
			if (monitored.test(site)) {
				all.addAll(advise(site, now));
			}
		}
		all.sort(Advisor.RANKING);
		return all;
	}

	/** The site's contract does not include ongoing monitoring. */
	public static final class NotMonitoredException extends Exception {
		private static final long serialVersionUID = 1L;

		public NotMonitoredException(String site) {
			super("Site " + site + " is not monitored: its contract does not include ongoing monitoring (Option 3)");
		}
	}
}
