package org.restripe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DependencyGraphTest {

	@Test
	void findsACycleThroughThreeBundles() {
		DependencyGraph g = DependencyGraph.of(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")));
		List<String> cycle = g.findCycle();
		assertEquals(4, cycle.size(), cycle.toString());
		assertEquals(cycle.get(0), cycle.get(3));
	}

	@Test
	void aDiamondIsNoCycle() {
		DependencyGraph g = DependencyGraph
				.of(Map.of("ui", Set.of("plan", "review"), "plan", Set.of("model"), "review", Set.of("model")));
		assertTrue(g.findCycle().isEmpty());
	}

	@Test
	void manifestContinuationLinesAndDirectivesAreRead() {
		Map<String, String> h = BundleManifest.headers(List.of("Require-Bundle: org.restripe.model;visibility:=reexport,",
				" org.eclipse.emf.ecore;bundle-version=\"[2.0,3.0)\"", "Bundle-SymbolicName: x;singleton:=true"));
		assertEquals(List.of("org.restripe.model", "org.eclipse.emf.ecore"), BundleManifest.names(h.get("Require-Bundle")));
		assertEquals(List.of("x"), BundleManifest.names(h.get("Bundle-SymbolicName")));
	}
}
