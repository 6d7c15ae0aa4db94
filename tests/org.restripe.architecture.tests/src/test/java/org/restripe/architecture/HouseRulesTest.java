package org.restripe.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules of the house, checked on the manifests and sources of every bundle under bundles/. */
class HouseRulesTest {
	private static final Pattern UI_IMPORT = Pattern
			.compile("^\\s*import\\s+(static\\s+)?(org\\.eclipse\\.(swt|jface|ui)\\b[\\w.]*)", Pattern.MULTILINE);
	private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui");

	private static Map<String, BundleManifest> bundles;

	@BeforeAll
	static void readBundles() throws IOException {
		bundles = new TreeMap<>();
		Path root = Paths.get(System.getProperty("restripe.root", "../..")).resolve("bundles");
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.filter(f -> Files.exists(f.resolve("META-INF/MANIFEST.MF"))).toList()) {
				BundleManifest m = BundleManifest.read(folder);
				bundles.put(m.symbolicName(), m);
			}
		}
	}

	@Test
	void everyBundleOfTheDesignTableExistsInAFolderNamedAfterIt() {
		for (String name : DesignTable.ALLOWED.keySet()) {
			assertTrue(bundles.containsKey(name), "bundle " + name + " of DESIGN.md is missing under bundles/");
			assertEquals(name, bundles.get(name).folder().getFileName().toString());
		}
	}

	@Test
	void noBundleOutsideTheUiNeedsSwtJfaceOrTheWorkbench() throws IOException {
		List<String> violations = new ArrayList<>();
		for (BundleManifest b : bundles.values()) {
			if (b.isUi() || b.fragmentHost() != null) {
				continue; // the GEF compatibility fragment lives inside GEF, a UI library
			}
			Stream.concat(b.requiredBundles().stream(), b.importedPackages().stream()).filter(HouseRulesTest::isUiName)
					.forEach(dep -> violations.add(b.symbolicName() + " MANIFEST.MF requires " + dep));
			violations.addAll(uiImportsInSources(b));
		}
		assertTrue(violations.isEmpty(), "UI leaks into core bundles:\n" + String.join("\n", violations));
	}

	@Test
	void bundlesDependOnlyInTheDirectionsOfTheDesignTable() {
		List<String> violations = new ArrayList<>();
		DependencyGraph graph = DependencyGraph.of(bundles.values());
		graph.edges().forEach((from, targets) -> targets.forEach(to -> {
			Set<String> allowed = DesignTable.ALLOWED.get(from);
			if (allowed != null && !allowed.contains(to)) {
				violations.add(from + " -> " + to);
			}
		}));
		assertTrue(violations.isEmpty(), "dependencies DESIGN.md does not allow:\n" + String.join("\n", violations));
	}

	@Test
	void bundlesFormNoCycle() {
		List<String> cycle = DependencyGraph.of(bundles.values()).findCycle();
		assertTrue(cycle.isEmpty(), "bundle dependency cycle: " + String.join(" -> ", cycle));
	}

	@Test
	void theRuleCheckersThemselvesCatchViolations() {
		assertTrue(isUiName("org.eclipse.swt.widgets"));
		assertTrue(isUiName("org.eclipse.ui"));
		assertFalse(isUiName("org.eclipse.uix"));
		assertFalse(isUiName("org.eclipse.emf.ecore"));
		Matcher m = UI_IMPORT.matcher("package x;\nimport org.eclipse.jface.viewers.TreeViewer;\n");
		assertTrue(m.find());
		assertEquals("org.eclipse.jface.viewers.TreeViewer", m.group(2));
	}

	static boolean isUiName(String name) {
		return UI_PREFIXES.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
	}

	private static List<String> uiImportsInSources(BundleManifest b) throws IOException {
		List<String> found = new ArrayList<>();
		for (String src : List.of("src", "src-gen")) {
			Path dir = b.folder().resolve(src);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
					Matcher m = UI_IMPORT.matcher(Files.readString(f));
					while (m.find()) {
						found.add(b.folder().relativize(f) + " imports " + m.group(2));
					}
				}
			}
		}
		return found;
	}
}
