package org.restripe.ui.wizards;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Customer;
import org.restripe.workflow.CustomerSite;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;

/**
 * What the desk's wizards offer to choose from, read once (in a job) before a wizard opens: the customers and
 * their sites, the open requests, and the site files of the data directory.
 */
public record DeskChoices(List<Customer> customers, Map<String, List<CustomerSite>> sites, List<Request> openRequests,
		List<String> siteFiles) {

	public static DeskChoices read(RestripeDatabase database, Path siteFolder) throws StoreException {
		RequestDesk desk = new RequestDesk(database);
		Routing routing = new Routing(database);
		List<Customer> customers = desk.customers();
		Map<String, List<CustomerSite>> sites = new LinkedHashMap<>();
		for (Customer customer : customers) {
			sites.put(customer.id(), routing.sites(customer.id()));
		}
		return new DeskChoices(customers, sites, desk.openRequests(), SiteFiles.names(siteFolder));
	}

	/** The customer's registered sites, by name. */
	public List<String> siteNames(String customerId) {
		return sites.getOrDefault(customerId, List.of()).stream().map(CustomerSite::name).toList();
	}
}
