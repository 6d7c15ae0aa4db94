package org.restripe.ui.wizards;

import java.time.LocalDate;
import java.util.Optional;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.Routing;
import org.restripe.workflow.ServiceContract;
import org.restripe.workflow.Validity;

/**
 * Where an existing client's request would go and whether its contract covers it today, read before the
 * engineer decides how it is paid. {@code route} is the center in words, or why none serves it.
 */
record Coverage(String route, Optional<ServiceContract> contract, Optional<Validity> validity) {

	static Coverage read(RestripeDatabase database, String customerId, String siteName, LocalDate on)
			throws StoreException {
		String route;
		try {
			route = "Routed to " + new Routing(database).route(customerId, siteName);
		} catch (IllegalStateException | IllegalArgumentException e) {
			route = "Not routed: " + e.getMessage();
		}
		Optional<ServiceContract> contract = new Contracts(database).current(customerId, on);
		return new Coverage(route, contract, contract.map(c -> c.validity(on)));
	}

	boolean covered() {
		return validity.map(Validity::valid).orElse(false);
	}

	/** The contract check in words. */
	String words() {
		if (contract.isEmpty()) {
			return "The customer has no contract: renew is not possible; charge the request once.";
		}
		Validity v = validity.get();
		return "Contract " + contract.get().id() + " (Option " + contract.get().level().getValue() + ", "
				+ contract.get().start() + " to " + contract.get().end() + ") is "
				+ (v.valid() ? "valid today: it covers the request." : "not valid: " + String.join("; ", v.reasons())
						+ ". Renew it or charge the request once.");
	}
}
