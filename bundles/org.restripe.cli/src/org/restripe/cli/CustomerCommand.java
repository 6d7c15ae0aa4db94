package org.restripe.cli;

import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Customer;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Routing;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restripe customer add|site|list}: the desk's customers and their sites. */
@Command(name = "customer", description = "The desk's customers and their sites.",
		subcommands = { CustomerCommand.Add.class, CustomerCommand.AddSite.class, CustomerCommand.ListAll.class })
final class CustomerCommand implements Runnable {
	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say add, site or list");
	}

	@Command(name = "add", description = "Add a customer (or change its name and region).")
	static final class Add implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", description = "the customer's id")
		String id;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "the customer's name")
		String name;

		@Option(names = "--region", required = true, paramLabel = "REGION", description = "the customer's region")
		String region;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			Customer customer = new Customer(id, name, region);
			try (RestripeDatabase db = store.open()) {
				new RequestDesk(db).saveCustomer(customer);
			}
			spec.commandLine().getOut().println("Customer " + customer.id() + ": " + customer.name() + ", " + customer.region());
			return 0;
		}
	}

	@Command(name = "site", description = "Register a customer's site and where it is (its location routes it).")
	static final class AddSite implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "CUSTOMER", description = "the customer's id")
		String customer;

		@Parameters(index = "1", paramLabel = "SITE", description = "the site's name")
		String site;

		@Option(names = "--location", paramLabel = "PLACE", description = "where the site is, e.g. Rotterdam")
		String location;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			try (RestripeDatabase db = store.open()) {
				new Routing(db).saveSite(customer, site, location);
			}
			spec.commandLine().getOut().println("Site " + site + " of " + customer
					+ (location == null ? "" : " at " + location));
			return 0;
		}
	}

	@Command(name = "list", description = "Every customer, by name.")
	static final class ListAll implements Callable<Integer> {
		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Override
		public Integer call() throws Exception {
			try (RestripeDatabase db = store.open()) {
				for (Customer c : new RequestDesk(db).customers()) {
					spec.commandLine().getOut().println(c.id() + "  " + c.name() + "  " + c.region());
				}
			}
			return 0;
		}
	}
}
