package org.restripe.ui.monitoring;

import java.util.Optional;

import org.restripe.monitor.Recommendation;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestState;

/** A recommendation as the Recommendations view lists it, with the request it became if it was proposed. */
public record RecommendationRow(Recommendation recommendation, Optional<Request> request) {

	/** "now", "1 day", "23 days". */
	public String urgencyText() {
		long days = Math.round(recommendation.urgency());
		return days == 0 ? "now" : days == 1 ? "1 day" : days + " days";
	}

	/** "capacity addition". */
	public String kindText() {
		return recommendation.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** "request 7 (awaiting approval)", or "not proposed". */
	public String requestText() {
		return request.map(r -> r.label() + " (" + r.state().words() + ")").orElse("not proposed");
	}

	/** Proposable when never proposed or its request ended (declined, cancelled, closed). */
	public boolean canPropose() {
		return request.isEmpty() || request.get().state().isFinal();
	}

	public boolean awaitsApproval() {
		return request.isPresent() && request.get().state() == RequestState.AWAITING_APPROVAL;
	}
}
