package org.restripe.ui;

/** Counts as an engineer reads them: "1 finding", "2 findings", "1 array", "3 arrays". */
public final class Words {
	private Words() {
	}

	/** The count with its noun, plural by adding "s" (the nouns the workbench counts all take it). */
	public static String count(int n, String singular) {
		return n + " " + (n == 1 ? singular : singular + "s");
	}
}
