package org.restripe.plan;

/**
 * How much a planned change disturbs the customer, in increasing order of risk. The planner gathers
 * everything at {@link #DESTROYS_DATA} or above behind an explicit confirmation point.
 */
public enum ChangeClass {
	/** Applied while hosts keep using the storage. */
	ONLINE("online"),
	/** The affected volume must be unmounted (hosts lose access for the duration). */
	NEEDS_UNMOUNT("needs unmount"),
	/** Data on the affected volume is destroyed: a verified backup and a confirmation are required. */
	DESTROYS_DATA("destroys data"),
	/** Hardware must be added or moved by someone at the site. */
	NEEDS_SITE_VISIT("needs site visit");

	private final String label;

	ChangeClass(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a step of this class may run only after the engineer confirmed the backup. */
	public boolean needsConfirmation() {
		return this == DESTROYS_DATA;
	}

	/** The riskier of two classes, for rating a whole plan by its worst step. */
	public ChangeClass worse(ChangeClass other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
