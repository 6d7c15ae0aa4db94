package org.restripe.cli;

import java.util.List;
import java.util.Optional;

import org.restripe.monitor.Recommendation;
import org.restripe.store.StoreException;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.Transition;

/**
 * Recommendations proposed to the customer as requests awaiting approval, at most one open request per site,
 * subject and change kind: a recommendation seen again on the next run names the request it already is.
 */
final class Proposals {
	private static final String RECOMMENDED = "recommended by monitoring: ";
	private final RequestDesk desk;

	Proposals(RequestDesk desk) {
		this.desk = desk;
	}

	/** What became of the recommendation: a new request, or the open one it already was. */
	record Proposal(Request request, boolean isNew) {
	}

	Proposal propose(Recommendation r, String who) throws StoreException {
		Optional<Request> open = openFor(r, desk.openRequests());
		return open.isPresent() ? new Proposal(open.get(), false) : new Proposal(desk.awaitApproval(r, who), true);
	}

	/**
	 * The desk keeps the subject in the summary ("advice (subject; evidence)") and the change kind in the note of
	 * the first move ("recommended by monitoring: kind, ..."); advice and evidence change from run to run.
	 */
	private Optional<Request> openFor(Recommendation r, List<Request> open) throws StoreException {
		for (Request request : open) {
			if (request.siteName().equals(r.site()) && namesSubject(request.summary(), r.subject())
					&& proposedAs(request.id(), r.kind().getLiteral())) {
				return Optional.of(request);
			}
		}
		return Optional.empty();
	}

	private static boolean namesSubject(String summary, String subject) {
		return summary.contains(" (" + subject + "; ") || summary.endsWith(" (" + subject + ")");
	}

	private boolean proposedAs(int requestId, String kind) throws StoreException {
		List<Transition> moves = desk.transitions(requestId);
		return !moves.isEmpty() && moves.get(0).why().startsWith(RECOMMENDED + kind + ",");
	}
}
