package org.restripe.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restripe.review.tests.Sites.check;
import static org.restripe.review.tests.Sites.copy;
import static org.restripe.review.tests.Sites.demo;
import static org.restripe.review.tests.Sites.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.restripe.model.BlockSize;
import org.restripe.model.CacheSettings;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.Site;
import org.restripe.model.Volume;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Severity;
import org.restripe.review.rules.DiskUsageRule;

/** Gaps the review had: a data disk in no volume, and a block size change seen only with its rebuild. */
class ReviewGapsTest {

	@Test
	void aDiskMarkedAsDataDiskThatNoVolumeUsesIsAFinding() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		Disk u1d8 = get(site, "t3a-u1d8");
		v0.getDataDisks().remove(u1d8);
		assertEquals(DiskRole.DATA_DISK, u1d8.getRole());
		List<Finding> findings = check(new DiskUsageRule(), site);
		assertEquals(1, findings.size(), findings.toString());
		Finding f = findings.get(0);
		assertEquals(Severity.WARNING, f.severity());
		assertEquals("t3a-u1d8", f.elementId());
		assertTrue(f.message().contains("is marked as a data disk, but no volume uses it"), f.message());
	}

	@Test
	void anUnassignedDiskOutsideEveryVolumeIsQuiet() {
		Site site = demo();
		Volume v0 = get(site, "t3a-v0");
		Disk u1d8 = get(site, "t3a-u1d8");
		v0.getDataDisks().remove(u1d8);
		u1d8.setRole(DiskRole.UNASSIGNED);
		assertEquals(List.of(), check(new DiskUsageRule(), site));
	}

	@Test
	void theDemoSiteHasNoDataDiskOutsideAVolume() {
		assertEquals(List.of(), check(new DiskUsageRule(), demo()));
	}

	@Test
	void theWholeReviewOfADesiredSiteWarnsOfABlockSizeChangeThatRebuildsVolumes() {
		Site current = demo();
		Site desired = copy(current, "desired");
		((CacheSettings) get(desired, "t3b-sys")).setBlockSize(BlockSize.K32);
		List<Finding> findings = Review.standard().review(current, desired, null);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals("block-size", findings.get(0).ruleId());
		assertEquals("t3b-sys", findings.get(0).elementId());
		assertTrue(findings.get(0).message().startsWith("The block size of t3b changes from 64k to 32k"),
				findings.get(0).message());
	}
}
