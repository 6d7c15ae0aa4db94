package org.restripe.architecture;

import java.util.Map;
import java.util.Set;

/** DESIGN.md's bundle table: which of our bundles each bundle may depend on. */
final class DesignTable {
	private static final Set<String> NON_UI = Set.of("org.restripe.model", "org.restripe.review", "org.restripe.plan",
			"org.restripe.drivers.api", "org.restripe.drivers.t3", "org.restripe.drivers.ds8000", "org.restripe.connect",
			"org.restripe.monitor", "org.restripe.store", "org.restripe.workflow", "org.restripe.simulator", "org.restripe.cli");

	static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("org.restripe.model", Set.of()),
			Map.entry("org.restripe.review", Set.of("org.restripe.model")),
			Map.entry("org.restripe.plan", Set.of("org.restripe.model", "org.restripe.review", "org.restripe.drivers.api")),
			Map.entry("org.restripe.drivers.api", Set.of("org.restripe.model")),
			Map.entry("org.restripe.drivers.t3", Set.of("org.restripe.drivers.api")),
			Map.entry("org.restripe.drivers.ds8000", Set.of("org.restripe.drivers.api")),
			Map.entry("org.restripe.connect", Set.of("org.restripe.drivers.api", "org.restripe.model", "org.restripe.plan")),
			Map.entry("org.restripe.monitor", Set.of("org.restripe.model", "org.restripe.store")),
			Map.entry("org.restripe.store", Set.of()),
			Map.entry("org.restripe.workflow",
					Set.of("org.restripe.store", "org.restripe.model", "org.restripe.review", "org.restripe.plan",
							"org.restripe.monitor")),
			Map.entry("org.restripe.simulator", Set.of("org.restripe.model", "org.restripe.drivers.api")),
			Map.entry("org.restripe.cli", minus(NON_UI, "org.restripe.cli")),
			Map.entry("org.restripe.ui", minus(NON_UI, "")),
			Map.entry("org.restripe.ui.diagram", Set.of("org.restripe.model", "org.restripe.review", "org.restripe.ui")),
			Map.entry("org.restripe.ui.wizards", Set.of("org.restripe.workflow", "org.restripe.ui")),
			Map.entry("org.restripe.ui.monitoring", Set.of("org.restripe.model", "org.restripe.store", "org.restripe.monitor",
					"org.restripe.workflow", "org.restripe.ui")));

	private DesignTable() {
	}

	private static Set<String> minus(Set<String> all, String self) {
		return all.stream().filter(s -> !s.equals(self)).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}
}
