package org.restripe.workflow;

import java.time.Instant;

/**
 * A customer's reconfiguration request as the desk holds it.
 *
 * @param version    the row's version, for an optimistic update ({@link RequestDesk#move(Request, RequestState, String, String)})
 * @param center     the solutions center it was routed to, or null
 * @param contractId the contract that covers it, or null
 * @param chargeId   the one-time charge that pays for it, or null
 */
public record Request(int id, String customerId, String siteName, String summary, RequestState state,
		Instant openedAt, int version, String center, String contractId, Integer chargeId, String changedBy,
		Instant changedAt) {

	/** "request 12". */
	public String label() {
		return "request " + id;
	}
}
