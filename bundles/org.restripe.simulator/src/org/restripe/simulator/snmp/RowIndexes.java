package org.restripe.simulator.snmp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Table row indexes that stay with their element while others come and go, as a real agent's do: a new
 * element gets the next number, a removed one's number is not given again while the agent runs.
 */
final class RowIndexes {
	private final Map<String, Integer> byKey = new HashMap<>();
	private int next = 1;

	int indexOf(String key) {
		return byKey.computeIfAbsent(key, k -> next++);
	}

	/** Forgets the elements not in {@code present}. */
	void retain(Set<String> present) {
		byKey.keySet().retainAll(present);
	}
}
