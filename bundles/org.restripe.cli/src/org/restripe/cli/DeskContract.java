package org.restripe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.restripe.model.Site;
import org.restripe.review.Contract;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;

import picocli.CommandLine;

/** The plan's entitlement check: what the stored contract of the site's customer does not cover is refused. */
final class DeskContract {
	private DeskContract() {
	}

	/** True when there is no stored contract or it covers the change; else prints the refusal on stderr. */
	static boolean covers(Path dataDirectory, SharedDatabaseOptions shared, Site current, Site desired, CommandLine cli) throws Exception {
		Optional<Contract> contract = DeskDatabase.contract(dataDirectory, shared, desired, cli.getOut());
		if (contract.isEmpty()) {
			return true;
		}
		List<String> uncovered = Review.standard().review(current, desired, contract.get()).stream()
				.filter(f -> f.severity() == Severity.ERROR && "service-level".equals(f.ruleId()))
				.map(Finding::message).toList();
		if (uncovered.isEmpty()) {
			return true;
		}
		var err = cli.getErr();
		err.println("restripe plan: refused: the customer's contract does not cover the change (give --charged when a"
				+ " one-time charge pays for it)");
		uncovered.forEach(r -> err.println("  " + r));
		return false;
	}
}
