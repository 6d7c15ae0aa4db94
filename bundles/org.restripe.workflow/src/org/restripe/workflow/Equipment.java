package org.restripe.workflow;

/** What a new client's site needs before it can be reconfigured remotely. */
public enum Equipment {
	STORAGE_MANAGEMENT_HOST("storage management host"), DIALBACK_MODEM("dialback modem"),
	ADD_ON_HARDWARE("add-on hardware");

	private final String words;

	Equipment(String words) {
		this.words = words;
	}

	public String words() {
		return words;
	}

	/** One item the intake found is needed, with what exactly (a model, a count). */
	public record Need(Equipment item, String detail) {
		public Need {
			if (item == null) {
				throw new IllegalArgumentException("the equipment item is missing");
			}
			detail = Checks.optionalText(detail, "the " + item.words() + "'s detail", 500);
		}

		@Override
		public String toString() {
			return item.words() + (detail == null ? "" : " (" + detail + ")");
		}
	}
}
