package org.restripe.review.rules;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.restripe.model.Identified;
import org.restripe.review.Findings;
import org.restripe.review.Labels;
import org.restripe.review.ReviewContext;
import org.restripe.review.Rule;

/**
 * Every element has an id, unique in the site: the plan compares two versions of the site by id, so a
 * missing or repeated id would turn into a wrong change.
 */
public final class DuplicateIdRule implements Rule {

	@Override
	public String id() {
		return "duplicate-id";
	}

	@Override
	public void check(ReviewContext context, Findings findings) {
		Map<String, Identified> seen = new HashMap<>();
		check(context.site(), seen, findings);
		for (var it = context.site().eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Identified) {
				check((Identified) next, seen, findings);
			}
		}
	}

	private void check(Identified element, Map<String, Identified> seen, Findings findings) {
		String id = element.getId();
		if (id == null || id.isBlank()) {
			findings.error(this, element, "The " + element.eClass().getName() + " " + Labels.of(element)
					+ " has no id, so its changes cannot be planned.", "Give the " + element.eClass().getName() + " "
					+ Labels.of(element) + " an id no other element of the site has.");
			return;
		}
		Identified other = seen.putIfAbsent(id, element);
		if (other != null) {
			findings.error(this, element, "Id '" + id + "' is used by both " + Labels.of(other) + " and "
					+ Labels.of(element) + ".", "Give " + Labels.of(element) + " a new id.");
		}
	}
}
