package org.restripe.ui.desk;

import java.util.ArrayList;
import java.util.List;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.CustomerSite;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;
import org.restripe.workflow.ServiceContract;

/**
 * The Customers tree as read from the desk: each customer with its sites, each site with the customer's
 * contracts (a contract covers all of a customer's sites). Read whole in one job, shown without further reads.
 */
public final class CustomerNodes {
	/** A customer and its sites; {@code contracts} are shown under the customer itself when it has no site yet. */
	public record CustomerNode(Customer customer, List<SiteNode> sites, List<ServiceContract> contracts) {
	}

	/** A site and the contracts that cover it. */
	public record SiteNode(CustomerSite site, List<ServiceContract> contracts) {
	}

	private CustomerNodes() {
	}

	public static List<CustomerNode> read(RestripeDatabase database) throws StoreException {
		RequestDesk desk = new RequestDesk(database);
		Routing routing = new Routing(database);
		Contracts contracts = new Contracts(database);
		List<CustomerNode> nodes = new ArrayList<>();
		for (Customer customer : desk.customers()) {
			List<ServiceContract> theirs = contracts.ofCustomer(customer.id());
			List<SiteNode> sites = routing.sites(customer.id()).stream().map(s -> new SiteNode(s, theirs)).toList();
			nodes.add(new CustomerNode(customer, sites, theirs));
		}
		return nodes;
	}
}
