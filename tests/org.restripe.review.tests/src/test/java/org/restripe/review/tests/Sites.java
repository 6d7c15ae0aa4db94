package org.restripe.review.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Site;
import org.restripe.model.persist.SiteResource;
import org.restripe.model.samples.DemoSite;
import org.restripe.review.Finding;
import org.restripe.review.Review;
import org.restripe.review.Rule;
import org.restripe.review.Severity;

/** Test sites and review shortcuts. */
final class Sites {

	private Sites() {
	}

	/** The demo site in a resource of its own, so elements can be fetched by id. */
	static Site demo() {
		return inResource(DemoSite.create(), "demo");
	}

	static Site copy(Site site, String name) {
		return inResource(EcoreUtil.copy(site), name);
	}

	static Site inResource(Site site, String name) {
		new SiteResource(URI.createURI("memory:/" + name + ".restripe")).getContents().add(site);
		return site;
	}

	@SuppressWarnings("unchecked")
	static <T> T get(Site site, String id) {
		T element = (T) site.eResource().getEObject(id);
		if (element == null) {
			throw new AssertionError("no element " + id + " in the test site");
		}
		return element;
	}

	/** Findings of one rule alone over the site. */
	static List<Finding> check(Rule rule, Site site) {
		return new Review(List.of(rule), org.restripe.model.catalog.DeviceCatalog.standard()).review(site);
	}

	static List<Finding> check(Rule rule, Site current, Site desired, org.restripe.review.Contract contract) {
		return new Review(List.of(rule), org.restripe.model.catalog.DeviceCatalog.standard()).review(current, desired,
				contract);
	}

	static List<Finding> errors(List<Finding> findings) {
		return findings.stream().filter(f -> f.severity() == Severity.ERROR).collect(Collectors.toList());
	}
}
