package org.restripe.ui.database;

import java.util.regex.Pattern;

/** Where the workbench's database is: embedded in the data directory, or shared on a server. */
public enum DatabaseKind {
	EMBEDDED("&Embedded, in the data directory (one center)", null),
	DERBY_NETWORK("&Derby Network Server (several centers)", "jdbc:derby://"),
	POSTGRESQL("&PostgreSQL (several centers)", "jdbc:postgresql://");

	private static final Pattern HOST_AND_NAME = Pattern.compile("[^/\\s]+/\\S+");

	private final String label;
	private final String prefix;

	DatabaseKind(String label, String prefix) {
		this.label = label;
		this.prefix = prefix;
	}

	public String label() {
		return label;
	}

	/** What a URL of this kind starts with; null for the embedded database, which has none to give. */
	public String prefix() {
		return prefix;
	}

	/** The problem of the URL for this kind, naming the field; null when it will do. */
	public String urlProblem(String url) {
		if (prefix == null) {
			return null;
		}
		String u = url == null ? "" : url.strip();
		if (u.isEmpty()) {
			return "URL: type the database's URL, " + prefix + "HOST:PORT/NAME";
		}
		if (u.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
			return "URL: leave the password out of the URL; type it under Password (kept in secure storage)";
		}
		if (!u.startsWith(prefix) || !HOST_AND_NAME.matcher(u.substring(prefix.length())).matches()) {
			return "URL: '" + u + "' must read " + prefix + "HOST:PORT/NAME";
		}
		return null;
	}
}
