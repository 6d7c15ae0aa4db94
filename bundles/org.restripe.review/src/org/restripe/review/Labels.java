package org.restripe.review;

import org.eclipse.emf.ecore.EObject;
import org.restripe.model.Identified;
import org.restripe.model.StorageUnit;

/** How findings name elements: by the name the engineer sees, with the array it belongs to. */
public final class Labels {

	private Labels() {
	}

	public static String of(Identified element) {
		if (element == null) {
			return "(none)";
		}
		String name = element.getName() != null ? element.getName() : element.getId();
		StorageUnit unit = unitOf(element);
		return unit == null || unit == element ? name : name + " on " + of(unit);
	}

	public static StorageUnit unitOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof StorageUnit) {
				return (StorageUnit) e;
			}
		}
		return null;
	}

	public static String gb(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
	}
}
