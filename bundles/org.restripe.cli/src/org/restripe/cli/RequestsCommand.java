package org.restripe.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.restripe.store.RestripeDatabase;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestQuery;
import org.restripe.workflow.RequestState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restripe requests [--state S] [--customer C] [--site S] [--page N]}: the desk's requests, newest first. */
@Command(name = "requests", description = "List the requests, newest first, 50 a page.")
final class RequestsCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Option(names = "--state", paramLabel = "STATE", description = "only requests in this state (e.g. reviewed)")
	String state;

	@Option(names = "--customer", paramLabel = "ID", description = "only this customer's requests")
	String customer;

	@Option(names = "--site", paramLabel = "SITE", description = "only requests for this site")
	String site;

	@Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "the page, from 1 (default: 1)")
	int page;

	@Mixin
	StoreOptions store;

	@Override
	public Integer call() throws Exception {
		RequestQuery query = new RequestQuery(state == null ? null : RequestState.parse(state), customer, site, page,
				RequestQuery.PAGE_SIZE);
		var out = spec.commandLine().getOut();
		try (RestripeDatabase db = store.open()) {
			List<Request> requests = new RequestDesk(db).list(query);
			for (Request r : requests) {
				out.println(line(r));
			}
			out.println(requests.isEmpty() ? "No requests" + (page > 1 ? " on page " + page : "")
					: requests.size() + (requests.size() == 1 ? " request" : " requests") + " on page " + page);
		}
		return 0;
	}

	static String line(Request r) {
		return String.format("%6d  %-24s  %-12s  %-20s  %s", r.id(), r.state().words(), r.customerId(), r.siteName(),
				r.summary());
	}
}
