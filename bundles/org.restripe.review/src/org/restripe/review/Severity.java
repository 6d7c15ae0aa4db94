package org.restripe.review;

/** How bad a finding is. */
public enum Severity {
	/** The configuration cannot be built or breaks the contract: the plan must not go ahead. */
	ERROR,
	/** It can be built but risks data, availability or performance: the engineer decides. */
	WARNING,
	/** Worth knowing; nothing to fix. */
	INFO
}
