package org.restripe.review;

import java.util.List;

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

	/** "one of 16k, 32k or 64k", or "64k" alone: the choices a fix offers, as a sentence says them. */
	public static String oneOf(java.util.Collection<?> choices) {
		return choices.size() == 1 ? or(choices) : "one of " + or(choices);
	}

	/** "16k, 32k or 64k". */
	public static String or(java.util.Collection<?> choices) {
		List<String> words = choices.stream().map(String::valueOf).toList();
		return words.size() <= 1 ? String.join("", words)
				: String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
	}

	public static String gb(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
	}
}
