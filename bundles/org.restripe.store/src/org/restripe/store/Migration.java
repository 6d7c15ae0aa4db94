package org.restripe.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One numbered schema step, read from db/migration/V&lt;n&gt;__&lt;what&gt;.sql inside this bundle, or from
 * V&lt;n&gt;__&lt;what&gt;.&lt;dialect&gt;.sql where an engine needs other types (CLOB/BLOB on Derby, TEXT/BYTEA on
 * PostgreSQL): the variant, when there is one, is used instead of the common script.
 */
record Migration(int version, String description, List<String> statements) {

	static Migration load(int version, String description) throws StoreException {
		return load(version, description, null);
	}

	static Migration load(int version, String description, Engine engine) throws StoreException {
		String base = "/db/migration/V" + version + "__" + description;
		String resource = base + ".sql";
		InputStream in = engine == null ? null : Migration.class.getResourceAsStream(base + "." + engine.dialect() + ".sql");
		if (in != null) {
			resource = base + "." + engine.dialect() + ".sql";
		} else {
			in = Migration.class.getResourceAsStream(resource);
		}
		if (in == null) {
			throw new StoreException("Schema migration " + resource + " is missing from the store bundle");
		}
		try (InputStream script = in) {
			return new Migration(version, description, split(new String(script.readAllBytes(), StandardCharsets.UTF_8)));
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
