package org.restripe.ui.monitoring;

import java.util.List;
import java.util.Optional;

import org.restripe.monitor.Recommendation;
import org.restripe.store.StoreException;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestQuery;
import org.restripe.workflow.Transition;

/**
 * The request a recommendation became, found as {@code restripe recommendations --propose} finds it: the desk
 * keeps the subject in the summary ("advice (subject; evidence)") and the change kind in the note of the first
 * move ("recommended by monitoring: kind, ..."); advice and evidence change from run to run.
 */
public final class RecommendationRequests {
	private static final String RECOMMENDED = "recommended by monitoring: ";
	/** The newest requests of a site looked through; a recommendation proposed longer ago is proposed again. */
	private static final int PAGES = 4;
	private final RequestDesk desk;

	public RecommendationRequests(RequestDesk desk) {
		this.desk = desk;
	}

	/** The newest request the recommendation became, open or ended; empty when it was never proposed. */
	public Optional<Request> requestFor(Recommendation r) throws StoreException {
		for (int page = 1; page <= PAGES; page++) {
			List<Request> requests = desk.list(RequestQuery.all().atSite(r.site()).onPage(page));
			for (Request request : requests) {
				if (namesSubject(request.summary(), r.subject()) && proposedAs(request.id(), r.kind().getLiteral())) {
					return Optional.of(request);
				}
			}
			if (requests.size() < RequestQuery.PAGE_SIZE) {
				break;
			}
		}
		return Optional.empty();
	}

	/**
	 * The recommendation as a request awaiting the customer's approval, unless an open request already stands
	 * for it: then that one, unchanged.
	 */
	public Request propose(Recommendation r, String who) throws StoreException {
		Optional<Request> known = requestFor(r);
		if (known.isPresent() && !known.get().state().isFinal()) {
			return known.get();
		}
		return desk.awaitApproval(r, who);
	}

	private static boolean namesSubject(String summary, String subject) {
		return summary.contains(" (" + subject + "; ") || summary.endsWith(" (" + subject + ")");
	}

	private boolean proposedAs(int requestId, String kind) throws StoreException {
		List<Transition> moves = desk.transitions(requestId);
		return !moves.isEmpty() && moves.get(0).why() != null && moves.get(0).why().startsWith(RECOMMENDED + kind + ",");
	}
}
