package org.restripe.plan;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.restripe.model.Identified;
import org.restripe.model.Site;
import org.restripe.model.samples.DemoSite;

/** The demo site and copies of it to edit into desired sites. */
final class Sites {
	private Sites() {
	}

	static Site demo() {
		return DemoSite.create();
	}

	static Site copy(Site site) {
		return EcoreUtil.copy(site);
	}

	@SuppressWarnings("unchecked")
	static <T extends Identified> T find(Site site, String id, Class<T> type) {
		for (var it = site.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Identified && id.equals(((Identified) e).getId())) {
				return (T) e;
			}
		}
		throw new IllegalArgumentException("no " + id + " in the site");
	}
}
