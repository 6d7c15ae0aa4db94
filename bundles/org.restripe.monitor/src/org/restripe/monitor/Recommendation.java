package org.restripe.monitor;

import java.time.Instant;
import java.util.Objects;

import org.restripe.model.ChangeKind;

/**
 * A change the monitoring proposes for a site, in the engineer's words ("v1 on t3a fills in 23 days
 * (17-31): add capacity"). The desk turns it into a request awaiting the customer's approval.
 *
 * @param site     the site's name, as the desk and the site file know it
 * @param kind     the change kind it proposes
 * @param subject  the element it is about, e.g. "v1 on t3a" or "port u1p1 of subsystem Database"
 * @param advice   the one-line recommendation shown to the engineer and the customer
 * @param evidence what it rests on (samples, fit, interval), short enough for a request's summary
 * @param urgency  days until it bites (days until full, say); smaller is more urgent, 0 means now
 * @param madeAt   when the analysis ran
 */
public record Recommendation(String site, ChangeKind kind, String subject, String advice, String evidence,
		double urgency, Instant madeAt) {

	public Recommendation {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(madeAt, "madeAt");
		requireText(site, "a site");
		requireText(subject, "a subject");
		requireText(advice, "advice");
		if (evidence == null) {
			evidence = "";
		}
		if (Double.isNaN(urgency) || urgency < 0) {
			throw new IllegalArgumentException("A recommendation's urgency is days from now (0 or more): " + urgency);
		}
	}

	private static void requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A recommendation needs " + what);
		}
	}
}
