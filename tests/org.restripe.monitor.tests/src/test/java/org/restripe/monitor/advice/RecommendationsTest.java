package org.restripe.monitor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restripe.monitor.Recommendation;
import org.restripe.monitor.samples.MonitorDatabase;
import org.restripe.monitor.samples.Sample;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.monitor.samples.SeriesKey;
import org.restripe.monitor.samples.SeriesPoint;

class RecommendationsTest {
	@TempDir
	Path data;

	private static List<Sample> samplesOf(String site, Map<SeriesKey, List<SeriesPoint>> series) {
		List<Sample> samples = new ArrayList<>();
		series.forEach((key, points) -> {
			SeriesKey renamed = new SeriesKey(site, key.target(), key.object(), key.metric());
			points.forEach(p -> samples.add(new Sample(renamed, p.at(), p.mean())));
		});
		return samples;
	}

	@Test
	void theMonitoredSitesRecommendationsComeFromTheStoredSamples() throws Exception {
		try (MonitorDatabase database = MonitorDatabase.open(data)) {
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

	@Test
	void aSiteWithoutMonitoringInItsContractIsRefusedByName() throws Exception {
		try (MonitorDatabase database = MonitorDatabase.open(data)) {
			Recommendations recommendations = new Recommendations(database.samples(), site -> false);

			Exception refused = assertThrows(Recommendations.NotMonitoredException.class,
					() -> recommendations.forSite("Globex", AdvisorTest.NOW));
			assertEquals("Site Globex is not monitored: its contract does not include ongoing monitoring (Option 3)",
					refused.getMessage());
		}
	}
}
