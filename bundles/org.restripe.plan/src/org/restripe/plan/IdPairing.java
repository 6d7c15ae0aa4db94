package org.restripe.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.restripe.model.Identified;

/**
 * Pairs the elements of two versions of one list (current and desired) by stable id. A design is an edited
 * copy of the current site, so the lists usually hold the same ids in the same order: that is checked in one
 * pass and then pairs are found by position, without hashing a single id. Only lists that really differ are
 * indexed by id.
 */
final class IdPairing<T extends Identified> {
	private final List<T> current;
	private final List<T> desired;
	private final boolean aligned;
	private Map<String, T> currentById;
	private Map<String, T> desiredById;

	IdPairing(List<T> current, List<T> desired) {
		this.current = current;
		this.desired = desired;
		this.aligned = sameIdsInOrder(current, desired);
	}

	private static boolean sameIdsInOrder(List<? extends Identified> a, List<? extends Identified> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			String id = a.get(i).getId();
			if (id == null || !id.equals(b.get(i).getId())) {
				return false;
			}
		}
		return true;
	}

	/** The desired element with the id of the current element at {@code index}, or null if it is gone. */
	T desiredFor(int index) {
		if (aligned) {
			return desired.get(index);
		}
		return desiredById().get(current.get(index).getId());
	}

	/** The current element with the id of the desired element at {@code index}, or null if it is new. */
	T currentFor(int index) {
		if (aligned) {
			return current.get(index);
		}
		return currentById().get(desired.get(index).getId());
	}

	/** Desired elements whose id the current list lacks, in desired order. */
	List<T> added() {
		return aligned ? List.of() : desired.stream().filter(d -> !currentById().containsKey(d.getId())).toList();
	}

	/** Current elements whose id the desired list lacks, in current order. */
	List<T> removed() {
		return aligned ? List.of() : current.stream().filter(c -> !desiredById().containsKey(c.getId())).toList();
	}

	private Map<String, T> currentById() {
		if (currentById == null) {
			currentById = index(current);
		}
		return currentById;
	}

	private Map<String, T> desiredById() {
		if (desiredById == null) {
			desiredById = index(desired);
		}
		return desiredById;
	}

	private static <T extends Identified> Map<String, T> index(List<T> elements) {
		Map<String, T> map = new HashMap<>(elements.size() * 2);
		for (T e : elements) {
			map.put(e.getId(), e);
		}
		return map;
	}
}
