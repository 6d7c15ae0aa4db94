package org.restripe.store;

import java.time.LocalDateTime;

/**
 * The refusal of an optimistic update: someone else changed the row since the caller read it. Nothing was
 * written; the caller reloads the row and tries again.
 */
public class StaleRowException extends StoreException {
	private static final long serialVersionUID = 1L;

	private final String changedBy;
	private final LocalDateTime changedAt;
	private final int currentVersion;

	StaleRowException(String message, String changedBy, LocalDateTime changedAt, int currentVersion) {
		super(message);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.currentVersion = currentVersion;
	}

	/** Who made the change the caller had not seen (null if the row was deleted or nobody was recorded). */
	public String changedBy() {
		return changedBy;
	}

	/** When, in the database's clock; null if the row was deleted. */
	public LocalDateTime changedAt() {
		return changedAt;
	}

	/** The row's version now; -1 if it was deleted. */
	public int currentVersion() {
		return currentVersion;
	}
}
