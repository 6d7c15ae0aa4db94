package org.restripe.review.rules;

import java.util.Set;

import org.restripe.model.ChangeKind;
import org.restripe.model.ServiceLevel;
import org.restripe.model.Site;
import org.restripe.review.Contract;
import org.restripe.review.Entitlements;
import org.restripe.review.Findings;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;
import org.restripe.review.diff.SiteComparison;

/**
 * The change is covered by the contract: each kind of change is in the service level, and an Option 1
 * contract has a reconfiguration left this contract year. Anything else is refused or offered as a
 * one-time charge.
 */
public final class ServiceLevelRule implements Rule {

	@Override
	public String id() {
		return "service-level";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		if (context.desired().isEmpty() || context.contract().isEmpty()) {
			return; // no change or no contract: nothing to entitle
		}
		Site desired = context.desired().get();
		Contract contract = context.contract().get();
		Set<ChangeKind> kinds = SiteComparison.kinds(context.current(), desired);
		if (kinds.isEmpty()) {
			return;
		}
		ServiceLevel level = contract.level();
		for (ChangeKind kind : kinds) {
			if (!Entitlements.covers(level, kind)) {
				ServiceLevel needed = Entitlements.lowestCovering(kind);
				findings.error(this, desired, "The change includes a " + words(kind) + ", which " + name(level)
						+ " does not cover" + (needed == null ? " (no service level does)." : "; it needs " + name(needed) + "."),
						"Refuse that part, or offer it to the customer as a one-time charge.");
			}
		}
		if (level == ServiceLevel.OPTION1 && contract.reconfigurationsUsed() >= Entitlements.OPTION1_RECONFIGURATIONS_PER_YEAR) {
			findings.error(this, desired, "Option 1 covers " + Entitlements.OPTION1_RECONFIGURATIONS_PER_YEAR
					+ " reconfiguration a contract year and " + contract.reconfigurationsUsed() + " has already been used.",
					"Offer the change as a one-time charge, or wait for the next contract year.");
		}
	}

	private static String name(ServiceLevel level) {
		return "Option " + level.getValue();
	}

	/** raidLevelChange -> "RAID level change". */
	private static String words(ChangeKind kind) {
		switch (kind) {
		case RAID_LEVEL_CHANGE:
			return "RAID level change";
		case LUN_SIZE_CHANGE:
			return "LUN size change";
		case CKD_TYPE_CHANGE:
			return "CKD device type change";
		default:
			return kind.getLiteral().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
		}
	}
}
