package org.restripe.monitor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.restripe.store.testing.FreshStore;
import org.restripe.store.testing.StoreEngines;
import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.MonitorDatabase;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;

class RecommendationsTest {

	private static List<Sample> samplesOf(String site, Map<SeriesKey, List<SeriesPoint>> series) {
		List<Sample> samples = new ArrayList<>();
		series.forEach((key, points) -> {
			SeriesKey renamed = new SeriesKey(site, key.target(), key.object(), key.metric());
			points.forEach(p -> samples.add(new Sample(renamed, p.at(), p.mean())));
		});
		return samples;
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void theMonitoredSitesRecommendationsComeFromTheStoredSamples(FreshStore engine) throws Exception {
		try (MonitorDatabase database = MonitorDatabase.open(engine)) {
			SampleStore store = database.samples();
			store.write(samplesOf("Acme", AdvisorTest.site()));
			store.write(samplesOf("Globex", AdvisorTest.site()));
			store.rollUp(AdvisorTest.NOW);
			Recommendations recommendations = new Recommendations(store, Set.of("Acme")::contains,
					new Advisor(array -> "Database"), Recommendations.DEFAULT_WINDOW);

			List<Recommendation> acme = recommendations.forSite("Acme", AdvisorTest.NOW);
			List<Recommendation> all = recommendations.forSites(store.sites(), AdvisorTest.NOW);

			assertEquals(new Advisor(array -> "Database").advise("Acme", AdvisorTest.site(), AdvisorTest.NOW)
					.stream().map(Recommendation::advice).toList(), acme.stream().map(Recommendation::advice).toList());
			assertEquals(acme, all, "Globex's contract does not include monitoring");
		}
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aQuarterOfHourlySamplesIsFittedByDayToTheSameDay(FreshStore engine) throws Exception {
		// 60 days of hourly samples: 31 GB used now, 3 GB a day more, 100 GB: full in 23 days
		java.time.Instant now = AdvisorTest.NOW;
		java.time.Instant start = now.minus(java.time.Duration.ofDays(60));
		int hours = 60 * 24;
		List<Sample> samples = new ArrayList<>();
		for (int i = 0; i <= hours; i++) {
			double used = (31 - 3 * 60 + 3 * i / 24.0) * AdvisorTest.GB;
			java.time.Instant at = start.plus(java.time.Duration.ofHours(i));
			samples.add(new Sample(AdvisorTest.key("v1 on t3a", org.restripe.monitor.samples.Metric.USED_BYTES), at, used));
			samples.add(new Sample(AdvisorTest.key("v1 on t3a", org.restripe.monitor.samples.Metric.SIZE_BYTES), at,
					100 * AdvisorTest.GB));
		}
		try (MonitorDatabase database = MonitorDatabase.open(engine)) {
			SampleStore store = database.samples();
			store.write(samples);
			store.rollUp(now);

			List<Recommendation> recommendations = new Recommendations(store, "Acme"::equals).forSite("Acme", now);

			assertEquals(1, recommendations.size());
			assertEquals("v1 on t3a fills in 23 days: add capacity", recommendations.get(0).advice());
			assertEquals(23, recommendations.get(0).urgency(), 1e-6);
			assertEquals("31% of 100.0 GB used, growing 3.0 GB/day; 1441 samples over 60 days; 95% prediction interval",
					recommendations.get(0).evidence());
		}
	}

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(StoreEngines.class)
	void aSiteWithoutMonitoringInItsContractIsRefusedByName(FreshStore engine) throws Exception {
		try (MonitorDatabase database = MonitorDatabase.open(engine)) {
			Recommendations recommendations = new Recommendations(database.samples(), site -> false);

			Exception refused = assertThrows(Recommendations.NotMonitoredException.class,
					() -> recommendations.forSite("Globex", AdvisorTest.NOW));
			assertEquals("Site Globex is not monitored: its contract does not include ongoing monitoring (Option 3)",
					refused.getMessage());
		}
	}
}
