package org.restripe.workflow;

import java.time.LocalDate;
import java.util.List;

/** Whether a contract covers a reconfiguration on a date, and if not, every reason in words. */
public record Validity(String contractId, LocalDate on, List<String> reasons) {
	public Validity {
		reasons = List.copyOf(reasons);
	}

	public boolean valid() {
		return reasons.isEmpty();
	}

	/** "contract acme-2026-01-01 is valid on 2026-06-01", or not, and why. */
	@Override
	public String toString() {
		return "contract " + contractId + (valid() ? " is valid on " + on
				: " is not valid on " + on + ": " + String.join("; ", reasons));
	}
}
