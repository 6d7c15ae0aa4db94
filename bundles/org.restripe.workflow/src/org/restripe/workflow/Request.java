package org.restripe.workflow;

import java.time.Instant;

/** A customer's reconfiguration request as the desk holds it. */
public record Request(int id, String customerId, String siteName, String summary, RequestState state,
		Instant openedAt) {
}
