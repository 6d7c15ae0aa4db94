package org.restripe.ui.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.restripe.monitor.Recommendation;
import org.restripe.monitor.advice.Advisor;
import org.restripe.monitor.advice.Recommendations;
import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.RequestDesk;

/** What the Recommendations view shows of a site, read off the UI thread: the sites, the contract, the rows. */
record RecommendationsState(List<String> sites, String site, MonitoringContract contract, List<RecommendationRow> rows) {

	static RecommendationsState read(String site) throws StoreException {
		RestripeDatabase database = RestripeUi.database();
		SampleStore store = new SampleStore(database::connect);
		List<String> sites = MonitoredSites.names(RestripeUi.dataDirectory().sites(), store);
		String chosen = site != null ? site : sites.isEmpty() ? null : sites.get(0);
		if (chosen == null) {
			return new RecommendationsState(sites, null, null, List.of());
		}
		Instant now = Instant.now();
		MonitoringContract contract = MonitoringContract.of(new Contracts(database), chosen,
				LocalDate.ofInstant(now, ZoneId.systemDefault()));
		if (!contract.monitored()) {
			return new RecommendationsState(sites, chosen, contract, List.of());
		}
		Recommendations recommendations = new Recommendations(store, name -> true,
				new Advisor(MonitoredSites.subsystems(RestripeUi.dataDirectory().sites(), chosen)),
				Recommendations.DEFAULT_WINDOW);
		RecommendationRequests requests = new RecommendationRequests(new RequestDesk(database));
		List<RecommendationRow> rows = new ArrayList<>();
		try {
			for (Recommendation r : recommendations.forSite(chosen, now)) {
				rows.add(new RecommendationRow(r, requests.requestFor(r)));
			}
		} catch (Recommendations.NotMonitoredException e) {
			// the contract was checked above; the predicate given says every site is monitored
			throw new IllegalStateException(e.getMessage(), e);
		}
		return new RecommendationsState(sites, chosen, contract, rows);
	}
}
