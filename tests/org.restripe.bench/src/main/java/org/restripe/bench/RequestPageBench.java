package org.restripe.bench;

import java.util.ArrayList;
import java.util.List;

import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestQuery;
import org.restripe.workflow.RequestState;

/**
 * One page (50) of a 100k-request list sorted by date, newest first, through {@link RequestDesk#list} as the CLI's
 * {@code restripe requests} calls it: the first page, a page deep in the list, and the first page of one state.
 * Arguments: [requests pages rounds].
 */
public final class RequestPageBench {
	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Bench.header("RequestPageBench: " + requests + " requests, " + pages + " pages a round");
		try (DeskData data = new DeskData()) {
			Bench.Timed<Void> fill = Bench.time(() -> {
				data.requests(requests);
				return null;
			});
			Bench.print("fill (batched JDBC, not the figure)", fill.millis(), "ms", null);
			RequestDesk desk = new RequestDesk(data.database);
			measure(desk, "first page (50), newest first", RequestQuery.all(), pages, rounds);
			measure(desk, "page 100 (requests 4,951-5,000)", RequestQuery.all().onPage(100), pages, rounds);
			measure(desk, "first page of state 'reviewed'", RequestQuery.all().inState(RequestState.REVIEWED), pages, rounds);
		}
	}

	private static void measure(RequestDesk desk, String figure, RequestQuery query, int pages, int rounds)
			throws Exception {
		for (int i = 0; i < 50; i++) {
			check(desk.list(query));
		}
		List<Double> medians = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < pages; i++) {
				Bench.Timed<List<Request>> timed = Bench.time(() -> desk.list(query));
				check(timed.value());
				times.add(timed.millis());
			}
			medians.add(Spread.of(times).median());
		}
		Spread.print(figure + ", median a round", Spread.of(medians), "%.2f", "ms", "<= 100 ms");
	}

	/** The page is full and sorted newest first, or the figure means nothing. */
	private static void check(List<Request> page) {
		if (page.size() != RequestQuery.PAGE_SIZE) {
			throw new IllegalStateException("a page of " + page.size() + " requests");
		}
		for (int i = 1; i < page.size(); i++) {
			if (page.get(i).openedAt().isAfter(page.get(i - 1).openedAt())) {
				throw new IllegalStateException("the page is not sorted newest first at " + i);
			}
		}
	}
}
