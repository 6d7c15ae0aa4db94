package org.restripe.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.restripe.model.Site;
import org.restripe.model.catalog.DeviceCatalog;
import org.restripe.review.rules.BlockSizeRule;
import org.restripe.review.rules.CatalogLimitsRule;
import org.restripe.review.rules.CkdChannelRule;
import org.restripe.review.rules.ConsoleWiringRule;
import org.restripe.review.rules.DiskUsageRule;
import org.restripe.review.rules.DuplicateIdRule;
import org.restripe.review.rules.DuplicateNameRule;
import org.restripe.review.rules.HbaWwnRule;
import org.restripe.review.rules.HotSpareRule;
import org.restripe.review.rules.LunCapacityRule;
import org.restripe.review.rules.MappingRule;
import org.restripe.review.rules.RaidFeasibilityRule;
import org.restripe.review.rules.ServiceLevelRule;
import org.restripe.review.rules.VolumeCountRule;

/**
 * The technical review and sizing: runs every rule over a site (and, for changes, the current and
 * desired sites and the contract) and returns the findings, errors first.
 */
public final class Review {

	private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
			.thenComparing(Finding::ruleId);

	private final List<Rule> rules;
	private final DeviceCatalog catalog;

	public Review(List<Rule> rules, DeviceCatalog catalog) {
		this.rules = List.copyOf(rules);
		this.catalog = catalog;
	}

	/** Every rule of Restripe over the shipped device catalog. */
	public static Review standard() {
		return new Review(standardRules(), DeviceCatalog.standard());
	}

	public static List<Rule> standardRules() {
		return List.of(new CatalogLimitsRule(), new RaidFeasibilityRule(), new HotSpareRule(), new VolumeCountRule(),
				new BlockSizeRule(), new LunCapacityRule(), new MappingRule(), new CkdChannelRule(),
				new DuplicateNameRule(), new DuplicateIdRule(), new ConsoleWiringRule(), new DiskUsageRule(),
				new HbaWwnRule(), new ServiceLevelRule());
	}

	public List<Rule> rules() {
		return rules;
	}

	/** Reviews one site as it stands. */
	public List<Finding> review(Site site) {
		return review(site, null, null);
	}

	/**
	 * Reviews a change: the technical rules check the desired site (or the current one if desired is
	 * null); the service-level rule checks the change against the contract (skipped if contract is null).
	 */
	public List<Finding> review(Site current, Site desired, Contract contract) {
		ReviewContext context = new ReviewContext(current, desired, contract, catalog);
		// the rules only read the site and the context, so they check on every core; each rule's findings keep
		// their order and the rules theirs (the ordered stream), so the sorted list is the same as one by one
		List<Findings> byRule = rules.parallelStream().map(rule -> {
			Findings findings = new Findings();
			rule.check(context, findings);
			return findings;
		}).toList();
		List<Finding> result = new ArrayList<>();
		byRule.forEach(findings -> result.addAll(findings.list()));
		result.sort(ORDER);
		return result;
	}
}
