package org.restripe.ui.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.restripe.model.ServiceLevel;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;
import org.restripe.workflow.ServiceContract;

/**
 * The demo site's customer as the desk knows it: Acme Freight (the customer the demo site file names), its site
 * at the desk, the region's center, and an Option 3 contract valid for a year from the first start.
 */
public final class DemoDesk {
	public static final Customer CUSTOMER = new Customer("acme-freight", "Acme Freight Ltd.", "North America");
	public static final String LOCATION = "Chicago";
	public static final String CENTER = "Restripe demo solutions center";
	static final String WHO = "restripe first run";

	private DemoDesk() {
	}

	/**
	 * Whether the desk is still as a new data directory leaves it for the demo: nobody but the demo customer.
	 * An engineer's own customers are never mixed with the demo's.
	 */
	public static boolean deskIsNew(RestripeDatabase database) throws StoreException {
		List<Customer> customers = new RequestDesk(database).customers();
		return customers.stream().allMatch(c -> c.id().equals(CUSTOMER.id()));
	}

	/**
	 * Adds what is missing of the demo customer, its site and region, and its contract valid on {@code today}
	 * (Option 3, one year); what is there already is kept. Returns the demo customer's current contract.
	 */
	public static ServiceContract seed(RestripeDatabase database, String siteName, LocalDate today)
			throws StoreException {
		RequestDesk desk = new RequestDesk(database);
		if (desk.customer(CUSTOMER.id()).isEmpty()) {
			desk.saveCustomer(CUSTOMER);
		}
		Routing routing = new Routing(database);
		routing.serve(CUSTOMER.region(), CENTER);
		routing.place(LOCATION, CUSTOMER.region());
		routing.saveSite(CUSTOMER.id(), siteName, LOCATION);
		Contracts contracts = new Contracts(database);
		Optional<ServiceContract> current = contracts.current(CUSTOMER.id(), today)
				.filter(c -> c.validity(today).valid());
		if (current.isPresent()) {
			return current.get();
		}
		return contracts.create(new Contracts.Terms(null, CUSTOMER.id(), ServiceLevel.OPTION3, today,
				today.plusYears(1).minusDays(1), null), WHO);
	}
}
