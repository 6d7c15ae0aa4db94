package org.restripe.cli;

import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Charges;
import org.restripe.workflow.OneTimeCharge;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestProcess;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restripe charge --customer C --description T --price P --reference R [--request ID]}: a one-time charge. */
@Command(name = "charge", description = "Charge a customer once (a payment reference, never a card number); with "
		+ "--request, the charge pays for that request.")
final class ChargeCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--customer", required = true, paramLabel = "ID", description = "the customer")
	String customer;

	@Option(names = "--description", required = true, paramLabel = "TEXT", description = "what is charged")
	String description;

	@Option(names = "--price", required = true, paramLabel = "AMOUNT", description = "the price, e.g. 1250.00")
	String price;

	@Option(names = "--currency", defaultValue = "EUR", paramLabel = "CODE", description = "default: ${DEFAULT-VALUE}")
	String currency;

	@Option(names = "--reference", required = true, paramLabel = "REF",
			description = "the payment provider's or bank's reference (a card number is refused)")
	String reference;

	@Option(names = "--request", paramLabel = "ID", description = "the request the charge pays for")
	Integer request;

	@Option(names = "--as", paramLabel = "NAME", description = "who charges (default: your user name)")
	String who;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		Charges.Terms terms = new Charges.Terms(customer, description, Charges.parsePrice(price), currency, reference);
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			if (request == null) {
				OneTimeCharge charge = new Charges(db).charge(terms, who);
				out.println("Charged: " + charge);
				return 0;
			}
			Request seen = new RequestDesk(db).find(request)
					.orElseThrow(() -> new IllegalArgumentException("there is no request " + request));
			Request paid = new RequestProcess(db).chargeOnce(seen, terms, who);
			out.println(paid.label() + " is paid by one-time charge " + paid.chargeId());
		}
		return 0;
	}
}
