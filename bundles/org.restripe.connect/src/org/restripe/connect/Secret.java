package org.restripe.connect;

/**
 * A secret the line needs from a person or from secure storage: the dialback account's password, an
 * array's login password. {@code target} names what it opens (the site's modem number, the array's name),
 * so the workbench can keep one secure-storage entry each and the CLI can say what it asks for.
 */
public record Secret(Kind kind, String target) {

	public enum Kind {
		/** The password the site's dial-security modem asks at {@code Password>}. */
		DIAL_ACCOUNT("dialback password for"),
		/** The password of an array's console login. */
		ARRAY_LOGIN("console password of array"),
		/** The password of the terminal server (management host) login, where it asks one. */
		HOST_LOGIN("login password of management host");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** What a prompt shows, e.g. "dialback password for +1 555 0100". */
	public String describe() {
		return kind.label() + " " + target;
	}
}
