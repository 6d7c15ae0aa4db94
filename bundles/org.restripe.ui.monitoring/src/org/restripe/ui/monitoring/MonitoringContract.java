package org.restripe.ui.monitoring;

import java.time.LocalDate;
import java.util.Optional;

import org.restripe.model.ServiceLevel;
import org.restripe.store.StoreException;
import org.restripe.workflow.Contracts;
import org.restripe.workflow.ServiceContract;
import org.restripe.workflow.Validity;

/**
 * Whether a site is under ongoing monitoring: its customer's contract is Option 3 and valid today (in its
 * period, payment not overdue). Ongoing monitoring and recommendations are that contract's; a one-off poll is not.
 *
 * @param words what the engineer reads: the contract that covers it, or why the site is not monitored
 */
public record MonitoringContract(boolean monitored, String words) {

	public static MonitoringContract of(Contracts contracts, String site, LocalDate today) throws StoreException {
		Optional<ServiceContract> found = contracts.forSite(site, null, today);
		if (found.isEmpty()) {
			return new MonitoringContract(false, "Site " + site + " is not monitored: the desk knows no customer contract"
					+ " for it; ongoing monitoring needs an Option 3 contract");
		}
		ServiceContract contract = found.get();
		if (contract.level() != ServiceLevel.OPTION3) {
			return new MonitoringContract(false, "Site " + site + " is not monitored: contract " + contract.id() + " of customer "
					+ contract.customerId() + " is Option " + contract.level().getValue()
					+ "; ongoing monitoring needs an Option 3 contract");
		}
		Validity validity = contract.validity(today);
		Optional<String> reason = validity.reasons().stream().filter(r -> !r.startsWith("no reconfigurations left")).findFirst();
		if (reason.isPresent()) {
			return new MonitoringContract(false, "Site " + site + " is not monitored: Option 3 contract " + contract.id()
					+ " is not valid on " + today + ": " + reason.get());
		}
		return new MonitoringContract(true, "Site " + site + " is monitored under Option 3 contract " + contract.id()
				+ " (customer " + contract.customerId() + ", until " + contract.end() + ")");
	}
}
