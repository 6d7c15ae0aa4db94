package org.restripe.ui.diagram.commands;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.restripe.model.Identified;

/**
 * Stable ids for elements the engineer adds: unique in the site, readable (host-3, unit-2-u1d4), never
 * reused by a later addition while the element exists, since two versions of a site are compared by id.
 */
public final class Ids {
	private final Set<String> taken = new HashSet<>();

	public Ids(EObject site) {
		for (TreeIterator<EObject> it = site.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified && identified.getId() != null) {
				taken.add(identified.getId());
			}
		}
		if (site instanceof Identified identified) {
			taken.add(identified.getId());
		}
	}

	/** The first free "prefix-n", n from 1. */
	public String next(String prefix) {
		for (int n = 1;; n++) {
			String id = prefix + "-" + n;
			if (taken.add(id)) {
				return id;
			}
		}
	}

	/** That id if free, else the first free variant of it. */
	public String claim(String wanted) {
		return taken.add(wanted) ? wanted : next(wanted);
	}

	/** The first free name "prefix n" (n from 1) among names already used by siblings. */
	public static String nextName(String prefix, Iterable<? extends Identified> siblings) {
		return nextName(prefix, siblings, 1);
	}

	/** The first free name "prefix n", n from {@code from}: arrays number volumes v0, v1 and LUNs lun0. */
	public static String nextName(String prefix, Iterable<? extends Identified> siblings, int from) {
		Set<String> names = new HashSet<>();
		siblings.forEach(s -> names.add(s.getName()));
		for (int n = from;; n++) {
			if (!names.contains(prefix + n)) {
				return prefix + n;
			}
		}
	}
}
