package org.restripe.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One numbered schema step, read from db/migration/V&lt;n&gt;__&lt;what&gt;.sql inside this bundle. */
record Migration(int version, String description, List<String> statements) {

	static Migration load(int version, String description) throws StoreException {
		String resource = "/db/migration/V" + version + "__" + description + ".sql";
		try (InputStream in = Migration.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new StoreException("Schema migration " + resource + " is missing from the store bundle");
			}
			return new Migration(version, description, split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new StoreException("Cannot read schema migration " + resource, e);
		}
	}

	/** Statements end with ';' on a line; lines starting with '--' are comments. */
	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			current.append(trimmed).append(' ');
			if (trimmed.endsWith(";")) {
				String sql = current.toString().strip();
				statements.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}
}
