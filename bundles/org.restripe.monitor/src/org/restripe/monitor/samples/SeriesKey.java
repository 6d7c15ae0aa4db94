package org.restripe.monitor.samples;

/**
 * What a series of samples measures: a metric of one object (a volume, a port, an array's cache, a disk)
 * read from one target (the agent's address) of a site.
 *
 * @param site   the site's name, as the desk knows it
 * @param target the agent the samples were read from, e.g. "127.0.0.1/16161"
 * @param object the element, in the engineer's words: "v1 on t3a", "u1p1 on t3a", "t3a" (see {@link ObjectNames})
 * @param metric what was measured (see {@link Metric})
 */
public record SeriesKey(String site, String target, String object, String metric) {
	static final int NAME_LIMIT = 200;
	static final int METRIC_LIMIT = 64;

	public SeriesKey {
		site = require(site, "a site", NAME_LIMIT);
		target = require(target, "a target", NAME_LIMIT);
		object = require(object, "an object", NAME_LIMIT);
		metric = require(metric, "a metric", METRIC_LIMIT);
	}

	private static String require(String value, String what, int limit) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A series of samples needs " + what);
		}
		if (value.length() > limit) {
			throw new IllegalArgumentException("A sample's " + what.substring(what.indexOf(' ') + 1) + " is longer than "
					+ limit + " characters: " + value.substring(0, 40) + "...");
		}
		return value;
	}

	@Override
	public String toString() {
		return metric + " of " + object + " (" + site + ", " + target + ")";
	}
}
