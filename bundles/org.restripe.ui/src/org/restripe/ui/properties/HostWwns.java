package org.restripe.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.restripe.drivers.api.LunMasking;
import org.restripe.model.Host;

/**
 * The world wide port names of a host's HBAs, typed comma separated ("210000e08b0a1b21, 21:00:00:e0:8b:0a:1b:22").
 * Kept as arrays print them (16 lower-case hex digits) since the array's LUN masking grants exactly these.
 */
final class HostWwns {
	static final String FIELD = "HBA WWNs";

	/** The row's id in the host's sheet, in place of the many-valued attribute's own read-only row. */
	static final Object ID = new Object() {
		@Override
		public String toString() {
			return "hbaWwns";
		}
	};

	private final Host host;

	HostWwns(Host host) {
		this.host = host;
	}

	String typed() {
		return String.join(", ", host.getHbaWwns());
	}

	/** Null when every comma-separated entry is a WWN, else the message naming the first that is not. */
	static String problem(String text) {
		for (String entry : entries(text)) {
			if (!LunMasking.isWwn(LunMasking.normal(entry))) {
				// no quotes: the text cell editor passes the message through MessageFormat, which eats them
				return FIELD + ": " + entry + " is not a world wide name (16 hex digits, e.g. 210000e08b0a1b01)";
			}
		}
		return null;
	}

	/** Replaces the host's WWNs by the typed ones, normalised, each once; an empty text leaves none. */
	void set(String text) {
		String problem = problem(text);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		LinkedHashSet<String> wwns = new LinkedHashSet<>();
		entries(text).forEach(e -> wwns.add(LunMasking.normal(e)));
		ECollections.setEList(host.getHbaWwns(), new ArrayList<>(wwns));
	}

	private static List<String> entries(String text) {
		List<String> entries = new ArrayList<>();
		for (String entry : (text == null ? "" : text).split(",")) {
			if (!entry.isBlank()) {
				entries.add(entry.strip());
			}
		}
		return entries;
	}
}
