package org.restripe.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Dependencies among our own bundles, by Require-Bundle and by Import-Package of a package one of them exports. */
final class DependencyGraph {
	private final Map<String, Set<String>> edges;

	private DependencyGraph(Map<String, Set<String>> edges) {
		this.edges = edges;
	}

	static DependencyGraph of(Collection<BundleManifest> bundles) {
		Map<String, String> exporter = new HashMap<>();
		bundles.forEach(b -> b.exportedPackages().forEach(p -> exporter.put(p, b.symbolicName())));
		Map<String, Set<String>> edges = new TreeMap<>();
		for (BundleManifest b : bundles) {
			Set<String> targets = new TreeSet<>();
			b.requiredBundles().stream().filter(n -> n.startsWith("org.restripe.")).forEach(targets::add);
			b.importedPackages().stream().map(exporter::get).filter(n -> n != null).forEach(targets::add);
			targets.remove(b.symbolicName());
			edges.put(b.symbolicName(), targets);
		}
		return new DependencyGraph(edges);
	}

	static DependencyGraph of(Map<String, Set<String>> edges) {
		return new DependencyGraph(edges);
	}

	Map<String, Set<String>> edges() {
		return edges;
	}

	/** One cycle as a path whose first and last bundles are the same, or an empty list. */
	List<String> findCycle() {
		Set<String> done = new HashSet<>();
		for (String start : edges.keySet()) {
			List<String> cycle = visit(start, new ArrayList<>(), done);
			if (!cycle.isEmpty()) {
				return cycle;
			}
		}
		return List.of();
	}

	private List<String> visit(String node, List<String> path, Set<String> done) {
		int seen = path.indexOf(node);
		if (seen >= 0) {
			List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
			cycle.add(node);
			return cycle;
		}
		if (!done.add(node)) {
			return List.of();
		}
		path.add(node);
		for (String next : edges.getOrDefault(node, Set.of())) {
			List<String> cycle = visit(next, path, done);
			if (!cycle.isEmpty()) {
				return cycle;
			}
		}
		path.remove(path.size() - 1);
		return List.of();
	}
}
