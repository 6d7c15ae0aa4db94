package org.restripe.monitor.samples;

/**
 * Names of monitored objects in the engineer's words: an element and the array that holds it, as the site
 * file and the agent's tables name them ("v1 on t3a", "u1p1 on t3a", "u1d3 on t3a"), or the array alone.
 */
public final class ObjectNames {
	private static final String ON = " on ";

	private ObjectNames() {
	}

	public static String element(String element, String array) {
		return element + ON + array;
	}

	/** The array an object belongs to: "t3a" for "v1 on t3a" and for "t3a". */
	public static String arrayOf(String object) {
		int on = object.lastIndexOf(ON);
		return on < 0 ? object : object.substring(on + ON.length());
	}

	/** The element alone: "v1" for "v1 on t3a"; the array for an array. */
	public static String elementOf(String object) {
		int on = object.lastIndexOf(ON);
		return on < 0 ? object : object.substring(0, on);
	}
}
