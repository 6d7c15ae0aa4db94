package org.restripe.workflow;

import java.util.Optional;

/** A closed request and how it is paid: an invoice, or covered by its contract. */
public record Completion(Request request, Optional<Invoice> invoice, String coverage) {
	@Override
	public String toString() {
		return request.label() + " closed: " + invoice.map(Invoice::toString).orElse(coverage);
	}
}
