package org.restripe.drivers.api;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One planned action on one array, self-contained: it names its target by stable id and by the name the
 * array uses, and carries the values before and after as text, so a plan file can be read back without
 * the sites it came from and a driver can render it without looking anything up.
 *
 * @param unitId the storage unit the step runs on
 * @param unitName that unit's name (its console host name)
 * @param targetId stable id of the element the step changes
 * @param targetName the array's name for it (v0, u1d9, u1p1, a LUN name)
 */
public record Step(Operation operation, String unitId, String unitName, String targetId, String targetName,
		Map<String, String> before, Map<String, String> after) {

	public Step {
		Objects.requireNonNull(operation, "operation");
		Objects.requireNonNull(unitId, "unitId");
		before = Collections.unmodifiableMap(new TreeMap<>(before));
		after = Collections.unmodifiableMap(new TreeMap<>(after));
	}

	/** A value the step was given after the change; an empty string when absent. */
	public String to(String key) {
		return after.getOrDefault(key, "");
	}

	/** A value the target had before the change; an empty string when absent. */
	public String from(String key) {
		return before.getOrDefault(key, "");
	}

	/** The value of key after the change if the step has one, else before it. */
	public String value(String key) {
		String v = after.get(key);
		return v != null ? v : from(key);
	}
}
