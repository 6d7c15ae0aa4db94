package org.restripe.workflow;

import java.time.Instant;

import org.restripe.store.StoreException;

/**
 * Someone else changed the row since it was read (optimistic locking): the change is refused, nothing is
 * written, and the message names who changed it and when, so the engineer reads it again and redoes it.
 */
public final class ChangedMeanwhileException extends StoreException {
	private static final long serialVersionUID = 1L;

	ChangedMeanwhileException(String what, int versionRead, int versionNow, String changedBy, Instant changedAt) {
		super(what + " was changed by " + (changedBy == null ? "someone" : changedBy)
				+ (changedAt == null ? "" : " at " + Times.words(changedAt)) + " since you read it (version "
				+ versionNow + ", you read " + versionRead + "); your change is not saved: read it again and redo it");
	}

	ChangedMeanwhileException(String what) {
		super(what + " no longer exists; your change is not saved");
	}
}
