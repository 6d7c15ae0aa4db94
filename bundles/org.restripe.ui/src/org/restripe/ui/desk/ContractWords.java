package org.restripe.ui.desk;

import java.time.LocalDate;
import java.util.Locale;

import org.restripe.workflow.ServiceContract;
import org.restripe.workflow.Validity;

/** A contract as the desk reads it out: level, period, payment, reconfigurations, and whether it is valid. */
public final class ContractWords {
	private ContractWords() {
	}

	/**
	 * "acme-2026-01-01: Option 2, 2026-01-01 to 2026-12-31, paid, 1 of 4 reconfigurations used; valid today" or
	 * "...; not valid: the period ended on 2026-12-31".
	 */
	public static String describe(ServiceContract contract, LocalDate today) {
		return contract.id() + ": Option " + contract.level().getValue() + ", " + contract.start() + " to "
				+ contract.end() + ", " + payment(contract) + ", " + reconfigurations(contract) + "; "
				+ validity(contract.validity(today));
	}

	static String payment(ServiceContract contract) {
		String state = contract.paymentState().name().toLowerCase(Locale.ROOT);
		return contract.paymentDue() == null ? state : state + " by " + contract.paymentDue();
	}

	static String reconfigurations(ServiceContract contract) {
		return contract.reconfigurationsUsed() + (contract.reconfigurationsAllowed() == null
				? " reconfigurations used (no limit)"
				: " of " + contract.reconfigurationsAllowed() + " reconfigurations used");
	}

	/** "valid today", or "not valid: " and every reason. */
	public static String validity(Validity validity) {
		return validity.valid() ? "valid today" : "not valid: " + String.join("; ", validity.reasons());
	}
}
