package org.restripe.workflow;

import java.time.Instant;

/** One kept version of a site's configuration: its number (from 1), why, who, when, and its size. */
public record ConfigurationVersion(String siteName, int number, VersionReason reason, String note, String savedBy,
		Instant savedAt, int chars) {

	/** "3  2026-12-01 12:03:04  applied   by ana  (kit change.kit)". */
	@Override
	public String toString() {
		return number + "  " + Times.words(savedAt) + "  " + String.format("%-10s", reason.words()) + " by " + savedBy
				+ (note == null ? "" : "  (" + note + ")");
	}
}
