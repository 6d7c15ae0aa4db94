package org.restripe.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.restripe.model.ServiceLevel;
import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Charges;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Customer;
import org.restripe.workflow.Equipment;
import org.restripe.workflow.NewClient;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProcess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restripe request new-client CUSTOMER SITE ...}: the FIG. 3 intake of a new client, its customer, site,
 * services, equipment and a contract or a one-time charge, in one step: all of it is written or nothing.
 */
@Command(name = "new-client", description = "Take in a new client's first request: customer, site and location,"
		+ " services, equipment needed, and a contract (--level --start --end) or a one-time charge (--price --reference).")
final class NewClientCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CUSTOMER", description = "the new customer's id")
	String customer;

	@Parameters(index = "1", paramLabel = "SITE", description = "the site's name")
	String site;

	@Option(names = "--name", required = true, paramLabel = "NAME", description = "the customer's name")
	String name;

	@Option(names = "--region", required = true, paramLabel = "REGION", description = "the customer's region")
	String region;

	@Option(names = "--location", required = true, paramLabel = "PLACE", description = "where the site is (it routes the request)")
	String location;

	@Option(names = "--services", required = true, paramLabel = "TEXT", description = "the services asked for")
	String services;

	@Option(names = "--summary", required = true, paramLabel = "TEXT", description = "what the first request asks for")
	String summary;

	@Option(names = "--equipment", paramLabel = "KIND[:DETAIL]",
			description = "equipment the site needs (repeat): host, modem or hardware, e.g. host:\"Sun Netra\"")
	List<String> equipment = new ArrayList<>();

	@Option(names = "--level", paramLabel = "1|2|3", description = "a contract: the service level, Option 1, 2 or 3")
	Integer level;

	@Option(names = "--start", paramLabel = "DATE", description = "the contract period's first day, YYYY-MM-DD")
	String start;

	@Option(names = "--end", paramLabel = "DATE", description = "the contract period's last day, YYYY-MM-DD")
	String end;

	@Option(names = "--reconfigurations", paramLabel = "N",
			description = "reconfigurations the period allows (default: Option 1 one, the others no limit)")
	Integer allowed;

	@Option(names = "--price", paramLabel = "AMOUNT", description = "a one-time charge: the price, e.g. 1250.00")
	String price;

	@Option(names = "--reference", paramLabel = "REF",
			description = "the charge's payment reference (the provider's or bank's; a card number is refused)")
	String reference;

	@Option(names = "--currency", defaultValue = "EUR", paramLabel = "CODE", description = "default: ${DEFAULT-VALUE}")
	String currency;

	@Option(names = "--as", paramLabel = "NAME", description = "who takes it in (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		boolean contract = level != null || start != null || end != null || allowed != null;
		boolean charge = price != null || reference != null;
		if (contract == charge) {
			throw new ParameterException(spec.commandLine(), "a new client's request is paid by a contract (--level"
					+ " --start --end) or by a one-time charge (--price --reference)" + (contract ? ", not both" : "; give one"));
		}
		NewClient intake = new NewClient(new Customer(customer, name, region), site, location, services,
				needs(equipment), summary);
		Contracts.Terms terms = contract ? contractTerms() : null;
		Charges.Terms once = charge ? new Charges.Terms(customer, summary, Charges.parsePrice(price), currency, reference)
				: null;
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			RequestProcess process = new RequestProcess(db);
			Request taken = process.takeNewClient(intake, terms, once, who);
			out.println(taken.label() + " taken in for new client " + name.strip() + " (" + taken.customerId() + "): "
					+ (taken.contractId() != null ? "covered by contract " + taken.contractId()
							: "paid by one-time charge " + taken.chargeId())
					+ "; " + route(new RequestDesk(db), taken));
			List<String> needed = process.equipment(taken.id());
			out.println("  equipment needed: " + (needed.isEmpty() ? "none" : String.join("; ", needed)));
		}
		return 0;
	}

	private Contracts.Terms contractTerms() {
		ServiceLevel serviceLevel = level == null ? null : ServiceLevel.get(level);
		if (level == null || serviceLevel == null) {
			throw new IllegalArgumentException((level == null ? "the contract's service level is missing (--level)"
					: "--level " + level + " is not a service level") + ": say 1, 2 or 3");
		}
		return new Contracts.Terms(null, customer, serviceLevel, ContractCommand.date(start, "--start"),
				ContractCommand.date(end, "--end"), allowed);
	}

	/** "routed to Utrecht solutions center (region BENELUX, by ...)" as the intake recorded it. */
	private static String route(RequestDesk desk, Request taken) throws Exception {
		String why = desk.transitions(taken.id()).get(0).why();
		int at = why.indexOf("routed to ");
		return at < 0 ? "routed to " + taken.center() : why.substring(at);
	}

	/** {@code host|modem|hardware[:DETAIL]} as the workflow's equipment needs; an unknown kind is refused. */
	static List<Equipment.Need> needs(List<String> given) {
		List<Equipment.Need> needs = new ArrayList<>();
		for (String text : given) {
			int colon = text.indexOf(':');
			String kind = (colon < 0 ? text : text.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
			String detail = colon < 0 ? null : text.substring(colon + 1);
			Equipment item = switch (kind) {
			case "host" -> Equipment.STORAGE_MANAGEMENT_HOST;
			case "modem" -> Equipment.DIALBACK_MODEM;
			case "hardware" -> Equipment.ADD_ON_HARDWARE;
			default -> throw new IllegalArgumentException("--equipment '" + text + "': the kind '" + kind + "' is not"
					+ " known; say host (storage management host), modem (dialback modem) or hardware (add-on hardware),"
					+ " with :DETAIL if you like");
			};
			needs.add(new Equipment.Need(item, detail));
		}
		return needs;
	}
}
