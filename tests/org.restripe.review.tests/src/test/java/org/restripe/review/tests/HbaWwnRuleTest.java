package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.review.tests.Sites.check;
import static org.restripe.review.tests.Sites.demo;
import static org.restripe.review.tests.Sites.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.Host;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;
import org.restripe.review.rules.HbaWwnRule;

/**
 * The hosts' HBA WWNs, which the array's LUN masking grants: a malformed one is an error naming host and
 * value; a sliced 6120's LUN mapped to a host without one is a warning, since lun perm has nothing to grant.
 */
class HbaWwnRuleTest {

	@Test
	void theDemoSitesHostsAllHaveWellFormedWwns() {
		assertEquals(List.of(), check(new HbaWwnRule(), demo()));
	}

	@Test
	void aSlicedMappingToAHostWithoutWwnsIsAWarningPerLun() {
		Site site = demo();
		Sites.<Host>get(site, "host-web2").getHbaWwns().clear();
		List<Finding> findings = check(new HbaWwnRule(), site);
		assertEquals(3, findings.size(), "lun0, lun1, lun2 of the 6120: " + findings);
		Finding f = findings.get(0);
		assertEquals(Severity.WARNING, f.severity());
		assertEquals("se6120-lun0-host-web2", f.elementId());
		assertEquals("LUN lun0 on se6120 is mapped to webserver2, which has no HBA WWN: the array's LUN masking"
				+ " cannot be granted.", f.message());
		assertEquals("Set the HBA WWNs of webserver2 to the port WWNs its HBAs report.", f.fix());
	}

	@Test
	void anUnslicedT3NeedsNoWwnsForItsHost() {
		Site site = demo();
		Sites.<Host>get(site, "host-web1").getHbaWwns().clear();
		Sites.<Host>get(site, "host-db").getHbaWwns().clear();
		assertEquals(List.of(), check(new HbaWwnRule(), site), "the T3s present whole volumes, without lun perm");
	}

	@Test
	void aSlicedT3PlusMasksToo() {
		Site site = demo();
		StorageUnit t3a = get(site, "t3a");
		t3a.setVolumeSlicing(true);
		Sites.<Host>get(site, "host-db").getHbaWwns().clear();
		List<Finding> findings = check(new HbaWwnRule(), site);
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).message().startsWith("LUN lun0 on t3a is mapped to dbserver,"), findings.toString());
	}

	@Test
	void aMalformedWwnIsAnErrorNamingTheHostAndTheValue() {
		Site site = demo();
		Sites.<Host>get(site, "host-web1").getHbaWwns().add("210000e08b0a1b1");
		Sites.<Host>get(site, "host-web1").getHbaWwns().add("21:00:00:E0:8B:0A:1B:12"); // as HBA tools print it: fine
		List<Finding> findings = Review.standard().review(site);
		List<Finding> wwnFindings = findings.stream().filter(f -> f.ruleId().equals("hba-wwn")).toList();
		assertEquals(1, wwnFindings.size(), findings.toString());
		Finding f = wwnFindings.get(0);
		assertEquals(Severity.ERROR, f.severity());
		assertEquals("host-web1", f.elementId());
		assertTrue(f.message().contains("webserver1") && f.message().contains("'210000e08b0a1b1'"), f.message());
		assertTrue(f.fix().startsWith("Set the HBA WWNs of webserver1 to "), f.fix());
	}

	@Test
	void aHostWhoseOnlyWwnIsMalformedIsAlsoWarnedOfOnTheSlicedArray() {
		Site site = demo();
		Host web2 = get(site, "host-web2");
		web2.getHbaWwns().clear();
		web2.getHbaWwns().add("webserver2-hba0");
		List<Finding> findings = check(new HbaWwnRule(), site);
		assertEquals(1, findings.stream().filter(f -> f.severity() == Severity.ERROR).count(), findings.toString());
		assertEquals(3, findings.stream().filter(f -> f.severity() == Severity.WARNING).count(), findings.toString());
	}
}
