package org.restripe.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/** An invoice for the financial center: a closed request's one-time charge. */
public record Invoice(int id, int requestId, String customerId, String customerName, String center,
		String description, BigDecimal amount, String currency, String paymentReference, Instant issuedAt) {

	@Override
	public String toString() {
		return "invoice " + id + " for request " + requestId + ": " + amount.toPlainString() + " " + currency + " to "
				+ customerName;
	}
}
