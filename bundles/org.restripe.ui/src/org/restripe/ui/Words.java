package org.restripe.ui;

/**
 * Counts and kinds as an engineer reads them: "1 finding", "2 findings", "1 array"; "Storage unit", "LUN",
 * "Management host", not the model's class names.
 */
public final class Words {
	private Words() {
	}

	/** The count with its noun, plural by adding "s" (the nouns the workbench counts all take it). */
	public static String count(int n, String singular) {
		return n + " " + (n == 1 ? singular : singular + "s");
	}

	/** "StorageUnit" becomes "Storage unit", "Lun" "LUN", "CkdDevice" "CKD device". */
	public static String kind(org.eclipse.emf.ecore.EObject object) {
		String words = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		words = (" " + words + " ").replace(" lun ", " LUN ").replace(" lan ", " LAN ").replace(" ckd ", " CKD ").strip();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
