package org.restripe.ui.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.restripe.monitor.samples.SampleStore;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.ui.RestripeUi;
import org.restripe.workflow.Contracts;

/**
 * Everything the dashboard shows of a site, read off the UI thread in one go: the sites to choose from, the
 * contract's word on monitoring, the targets, and the charts' data.
 */
record DashboardState(List<String> sites, String site, MonitoringContract contract, DashboardReader.Dashboard dashboard,
		long readAtMillis) {

	/** Reads the state of {@code site}, or of the first site known when it is null. */
	static DashboardState read(String site) throws StoreException {
		RestripeDatabase database = RestripeUi.database();
		SampleStore store = new SampleStore(database::connect);
		List<String> sites = MonitoredSites.names(RestripeUi.dataDirectory().sites(), store);
		String chosen = site != null ? site : sites.isEmpty() ? null : sites.get(0);
		Instant now = Instant.now();
		if (chosen == null) {
			return new DashboardState(sites, null, null, null, now.toEpochMilli());
		}
		MonitoringContract contract = MonitoringContract.of(new Contracts(database), chosen,
				LocalDate.ofInstant(now, ZoneId.systemDefault()));
		DashboardReader.Dashboard dashboard = new DashboardReader(store).read(chosen,
				MonitoredSites.subsystems(RestripeUi.dataDirectory().sites(), chosen), now);
		return new DashboardState(sites, chosen, contract, dashboard, now.toEpochMilli());
	}
}
