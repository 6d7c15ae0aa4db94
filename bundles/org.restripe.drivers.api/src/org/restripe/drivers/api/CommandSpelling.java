package org.restripe.drivers.api;

import java.util.Map;

/**
 * One entry of a driver's table of command spellings (an enum of the family's commands, prompts and answers),
 * so that a spelling found wrong on a real array is corrected in one place. A spelling is verified only where a
 * public document shows it exactly, and {@link #source()} names that document. Placeholders are written {name}.
 */
public interface CommandSpelling {

	/** The spelling, with its {placeholders}. */
	String template();

	/** The public document that shows this spelling exactly, or null while it is unverified. */
	String source();

	/** The entry's name in its table (an enum constant's). */
	String name();

	/** Whether a public document shows this spelling exactly ({@link #source()} names it). */
	default boolean verified() {
		return source() != null;
	}

	/** The spelling with its placeholders filled in; a placeholder left unfilled is a driver bug. */
	default String with(Map<String, String> values) {
		String text = template();
		for (Map.Entry<String, String> e : values.entrySet()) {
			text = text.replace("{" + e.getKey() + "}", e.getValue());
		}
		if (text.contains("{")) {
			throw new IllegalStateException("Unfilled placeholder in '" + text + "' from " + name());
		}
		return text;
	}

	default String with(String key, String value) {
		return with(Map.of(key, value));
	}
}
