package org.restripe.review;

import java.util.Objects;

/**
 * One result of the review.
 *
 * @param ruleId the rule that found it
 * @param elementId id of the model element concerned (the site's id for site-wide findings)
 * @param message what is wrong, in a storage engineer's words
 * @param fix what to do about it
 */
public record Finding(Severity severity, String ruleId, String elementId, String message, String fix) {

	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return severity + " [" + ruleId + "] " + elementId + ": " + message + (fix == null ? "" : " Fix: " + fix);
	}
}
