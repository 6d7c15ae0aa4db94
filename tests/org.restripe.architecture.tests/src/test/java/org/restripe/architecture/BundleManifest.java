package org.restripe.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OSGi headers of one bundle folder that matter for the house rules, read from META-INF/MANIFEST.MF. */
record BundleManifest(String symbolicName, Path folder, List<String> requiredBundles, List<String> importedPackages,
		List<String> exportedPackages, String fragmentHost) {

	static BundleManifest read(Path folder) throws IOException {
		Map<String, String> headers = headers(Files.readAllLines(folder.resolve("META-INF/MANIFEST.MF")));
		return new BundleManifest(names(headers.get("Bundle-SymbolicName")).get(0), folder,
				names(headers.get("Require-Bundle")), names(headers.get("Import-Package")),
				names(headers.get("Export-Package")), headers.get("Fragment-Host"));
	}

	/** Joins manifest continuation lines (a leading space) into one value per header. */
	static Map<String, String> headers(List<String> lines) {
		Map<String, String> headers = new LinkedHashMap<>();
		String key = null;
		for (String line : lines) {
			if (line.startsWith(" ") && key != null) {
				headers.merge(key, line.substring(1), String::concat);
			} else if (line.contains(":")) {
				key = line.substring(0, line.indexOf(':')).strip();
				headers.put(key, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		return headers;
	}

	/** The names in a clause list, without attributes and directives; commas inside quotes are not separators. */
	static List<String> names(String value) {
		List<String> names = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return names;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : (value + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				names.add(clause.toString().split(";")[0].strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}

	boolean isUi() {
		return symbolicName.startsWith("org.restripe.ui");
	}
}
