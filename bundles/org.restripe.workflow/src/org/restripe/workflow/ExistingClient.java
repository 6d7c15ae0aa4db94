package org.restripe.workflow;

import java.util.Optional;

/**
 * An existing client's request after routing and the contract check (FIG. 3): where it went, the contract
 * found and its validity, and what the desk must do next when the contract does not cover it.
 */
public record ExistingClient(Request request, Route route, Optional<ServiceContract> contract,
		Optional<Validity> validity) {

	public boolean covered() {
		return validity.map(Validity::valid).orElse(false);
	}

	/** What the engineer reads. */
	public String next() {
		if (covered()) {
			return request.label() + " is covered by contract " + contract.get().id() + "; routed to " + route;
		}
		String why = contract.isEmpty() ? "the customer has no contract"
				: validity.get().toString();
		return request.label() + " is not covered (" + why + "): renew the contract or offer a one-time charge; routed to "
				+ route;
	}
}
