package org.restripe.store;

import java.util.Locale;

/** The database engines the store runs on; the two Derby ones share a dialect, so their migrations too. */
public enum Engine {
	/** Apache Derby in this program's data directory: one center, one program at a time. */
	EMBEDDED_DERBY("derby"),
	/** A Derby Network Server ({@code restripe store-server}) that several centers reach. */
	DERBY_NETWORK("derby"),
	/** PostgreSQL, where a growing service moves the shared database. */
	POSTGRESQL("postgresql");

	private final String dialect;

	Engine(String dialect) {
		this.dialect = dialect;
	}

	/** The suffix of the engine-specific variant of a migration: V3__x.postgresql.sql beside V3__x.sql. */
	public String dialect() {
		return dialect;
	}

	/** The shared engine a URL names, or a refusal that says which URLs are understood. */
	static Engine ofSharedUrl(String url) throws StoreException {
		String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:derby://")) {
			return DERBY_NETWORK;
		}
		if (lower.startsWith("jdbc:postgresql://")) {
			return POSTGRESQL;
		}
		throw new StoreException("'" + url + "' is not a shared database Restripe can use: give"
				+ " jdbc:derby://HOST:PORT/NAME (a restripe store-server) or jdbc:postgresql://HOST:PORT/NAME");
	}
}
