package org.restripe.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/** A reconfiguration the contract does not cover, charged once: its price and how it is paid (a reference). */
public record OneTimeCharge(int id, String customerId, String description, BigDecimal price, String currency,
		String paymentReference, String chargedBy, Instant chargedAt) {

	@Override
	public String toString() {
		return "charge " + id + " to " + customerId + ": " + description + ", " + price.toPlainString() + " " + currency
				+ " (payment " + paymentReference + ")";
	}
}
