package org.restripe.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.restripe.model.ServiceLevel;
import org.restripe.review.Contract;
import org.restripe.review.Entitlements;

/**
 * A customer's contract as the desk keeps it: the service level (Option 1, 2, 3), the period, the payments and
 * the reconfigurations it allows in the period.
 *
 * @param reconfigurationsAllowed how many reconfigurations the period allows; null: no limit
 * @param paymentDue              when a DUE payment falls overdue; null when nothing is due
 * @param renews                  the contract this one renews, or null
 * @param version                 the row's version, for an optimistic update
 */
public record ServiceContract(String id, String customerId, ServiceLevel level, LocalDate start, LocalDate end,
		PaymentState paymentState, LocalDate paymentDue, Integer reconfigurationsAllowed, int reconfigurationsUsed,
		String renews, int version, String changedBy, Instant changedAt) {

	/** What a new contract allows when nothing else is agreed: Option 1 one a period, the others no limit. */
	static Integer defaultAllowance(ServiceLevel level) {
		return level == ServiceLevel.OPTION1 ? Entitlements.OPTION1_RECONFIGURATIONS_PER_YEAR : null;
	}

	/** Reconfigurations left in the period, or null when there is no limit. */
	public Integer reconfigurationsLeft() {
		return reconfigurationsAllowed == null ? null : Math.max(0, reconfigurationsAllowed - reconfigurationsUsed);
	}

	/** Valid on {@code date}, or every reason it is not: outside the period, payment overdue, none left. */
	public Validity validity(LocalDate date) {
		List<String> reasons = new ArrayList<>();
		if (date.isBefore(start)) {
			reasons.add("the period starts on " + start);
		} else if (date.isAfter(end)) {
			reasons.add("the period ended on " + end);
		}
		if (paymentState == PaymentState.OVERDUE) {
			reasons.add("payment is overdue" + (paymentDue == null ? "" : " (it was due on " + paymentDue + ")"));
		} else if (paymentState == PaymentState.DUE && paymentDue != null && date.isAfter(paymentDue)) {
			reasons.add("payment was due on " + paymentDue + " and has not been received");
		}
		Integer left = reconfigurationsLeft();
		if (left != null && left == 0) {
			reasons.add("no reconfigurations left: " + reconfigurationsUsed + " of " + reconfigurationsAllowed
					+ " used in this period");
		}
		return new Validity(id, date, reasons);
	}

	/**
	 * The contract as the technical review's entitlement rule reads it. The review counts Option 1's one
	 * reconfiguration a year; the stored allowance decides here, so the count handed on says whether one is left.
	 */
	public Contract forReview() {
		Integer left = reconfigurationsLeft();
		int used = reconfigurationsUsed;
		if (level == ServiceLevel.OPTION1 && left != null) {
			used = left > 0 ? 0 : Math.max(1, reconfigurationsUsed);
		}
		return new Contract(level, used);
	}

	/** "acme-2026-01-01: Option 2, 2026-01-01 to 2026-12-31, paid, 1 of 4 reconfigurations used". */
	@Override
	public String toString() {
		return id + " (customer " + customerId + "): Option " + level.getValue() + ", " + start + " to " + end + ", "
				+ paymentState.name().toLowerCase(java.util.Locale.ROOT) + (paymentDue == null ? "" : " by " + paymentDue)
				+ ", " + reconfigurationsUsed + (reconfigurationsAllowed == null ? " reconfigurations used (no limit)"
						: " of " + reconfigurationsAllowed + " reconfigurations used");
	}
}
