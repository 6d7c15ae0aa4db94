package org.restripe.monitor.advice;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.StoreException;

/**
 * The recommendations for the monitored sites, from the samples in the store. Which sites are monitored is
 * the desk's decision (their contract includes ongoing monitoring, Option 3): it arrives as a predicate.
 */
public final class Recommendations {
	/** How far back the trends look by default: a quarter. */
	public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

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
		return advisor.advise(site, store.readSite(site, now.minus(window), now.plusMillis(1)), now);
	}

	/** The recommendations of those of the sites that are monitored, most urgent first; the others are skipped. */
	public List<Recommendation> forSites(Collection<String> sites, Instant now) throws StoreException {
		List<Recommendation> all = new ArrayList<>();
		for (String site : sites) {
			if (monitored.test(site)) {
				all.addAll(advisor.advise(site, store.readSite(site, now.minus(window), now.plusMillis(1)), now));
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
