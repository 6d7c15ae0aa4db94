package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.restripe.model.RaidLevel;
import org.restripe.model.ServiceLevel;
import org.restripe.model.Site;
import org.restripe.model.Volume;
import org.restripe.model.samples.LargeSiteGenerator;
import org.restripe.review.Contract;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Rule;
import org.restripe.review.Severity;

class ReviewTest {

	@Test
	void demoSiteIsClean() {
		assertEquals(List.of(), Review.standard().review(Sites.demo()));
	}

	@Test
	void generatedSiteIsClean() {
		Site site = new LargeSiteGenerator(2, 3, 4, 16).generate(9);
		assertEquals(List.of(), Review.standard().review(site));
	}

	@Test
	void siteGeneratedWithinCatalogPassesReviewAtTheSizeAsked() {
		LargeSiteGenerator generator = LargeSiteGenerator.withinCatalog(10_000);
		Site site = generator.generate(3);
		assertEquals(List.of(), Review.standard().review(site));
		long luns = site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.mapToLong(u -> u.getLuns().size()).sum();
		assertEquals(generator.lunCount(), luns);
		assertTrue(luns >= 10_000 && luns < 10_000 + 64 * 10, luns + " LUNs for 10,000 asked");
		// 64 slices is the 6120's limit: every array is full, none over
		assertTrue(site.getSubsystems().stream().flatMap(s -> s.getStorageUnits().stream())
				.allMatch(u -> u.getLuns().size() == 64));
	}

	@Test
	void rulesHaveDistinctIds() {
		Set<String> ids = new HashSet<>();
		for (Rule rule : Review.standardRules()) {
			assertTrue(ids.add(rule.id()), rule.id());
		}
		assertEquals(14, ids.size());
	}

	@Test
	void errorsComeFirstAndTheDesiredSiteIsReviewed() {
		Site current = Sites.demo();
		Site desired = Sites.copy(current, "desired");
		Volume v0 = Sites.get(desired, "t3a-v0");
		v0.setRaidLevel(RaidLevel.RAID0);
		v0.getDataDisks().subList(1, 8).clear();
		List<Finding> findings = Review.standard().review(current, desired, new Contract(ServiceLevel.OPTION1, 0));
		assertTrue(findings.size() >= 2, findings.toString());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("raid-feasibility")), findings.toString());
		for (int i = 1; i < findings.size(); i++) {
			assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0, findings.toString());
		}
	}
}
