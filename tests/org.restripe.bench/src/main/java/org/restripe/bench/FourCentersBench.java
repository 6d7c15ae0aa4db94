package org.restripe.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.restripe.store.DatabaseLogin;
import org.restripe.store.RestripeDatabase;
import org.restripe.store.StaleRowException;
import org.restripe.store.StoreServer;
import org.restripe.workflow.Customer;
import org.restripe.workflow.Request;
import org.restripe.workflow.RequestDesk;
import org.restripe.workflow.RequestState;

/**
 * Four solutions centers on one Derby Network Server: four JVM processes that for a while each open requests
 * and move them along the FIG. 2 life cycle, all on one shared set of requests so that they collide. Each
 * move is an optimistic update; a refused one (another center moved the request first) is read again and
 * retried. At the end the database is checked: every acknowledged move is in the history, every request's
 * version is its number of moves, so no update was lost.
 *
 * <p>Arguments: {@code [seconds] [requests] [runs]} (default 30 20 1). A center is
 * {@code center URL NAME SECONDS}.
 */
public final class FourCentersBench {
	private static final int CENTERS = 4;
	private static final List<RequestState> FORWARD = List.of(RequestState.RECEIVED,
			RequestState.CONFIGURATION_DETERMINED, RequestState.SERVICE_LEVEL_DETERMINED, RequestState.REVIEWED,
			RequestState.DESIGNED, RequestState.IMPLEMENTATION_BUILT, RequestState.CONNECTED, RequestState.APPLIED,
			RequestState.VERIFIED, RequestState.CLOSED);

	private FourCentersBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("center")) {
			center(args[1], args[2], Integer.parseInt(args[3]));
			return;
		}
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		List<Double> rates = new ArrayList<>();
		long lostInAll = 0;
		for (int run = 1; run <= runs; run++) {
			Outcome outcome = run(seconds, requests);
			System.out.printf(Locale.ROOT, "run %d: %d moves acknowledged in %d s by %d centers = %.1f moves/s;"
					+ " %d refused as stale and retried; %d requests opened; lost updates %d%n", run, outcome.moves,
					seconds, CENTERS, outcome.moves / (double) seconds, outcome.refused, outcome.opened, outcome.lost);
			rates.add(outcome.moves / (double) seconds);
			lostInAll += outcome.lost;
		}
		Spread.print("moves/s, four centers on one network server", Spread.of(rates), "%.1f", "moves/s", null);
		System.out.println("lost updates in all runs: " + lostInAll + " (goal 0)");
	}

	private record Outcome(long moves, long refused, long opened, long lost) {
	}

	private static Outcome run(int seconds, int requests) throws Exception {
		Path data = Files.createTempDirectory("four-centers-");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		PrintWriter log = new PrintWriter(Files.newBufferedWriter(data.resolve("server.log")), true);
		try (StoreServer server = StoreServer.start(data, "127.0.0.1", port, null, null, log)) {
			String url = server.url();
			try (RestripeDatabase db = RestripeDatabase.open(url, DatabaseLogin.NONE)) {
				RequestDesk desk = new RequestDesk(db);
				desk.saveCustomer(new Customer("acme", "Acme Freight", "EMEA"));
				for (int i = 0; i < requests; i++) {
					desk.open("acme", "demo-site", "shared request " + i);
				}
			}
			long movesBefore; // a later run in this JVM finds Derby booted on the first run's database
			try (RestripeDatabase db = RestripeDatabase.open(url, DatabaseLogin.NONE)) {
				movesBefore = historyMoves(db);
			}
			List<Process> centers = new ArrayList<>();
			for (int i = 1; i <= CENTERS; i++) {
				centers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), FourCentersBench.class.getName(), "center", url,
						"center" + i, Integer.toString(seconds)).redirectError(ProcessBuilder.Redirect.INHERIT).start());
			}
			long moves = 0;
			long refused = 0;
			long opened = 0;
			for (Process center : centers) {
				String last = lastLine(center);
				if (!center.waitFor(seconds + 120L, TimeUnit.SECONDS) || center.exitValue() != 0 || last == null) {
					throw new IllegalStateException("a center failed: " + last);
				}
				String[] counts = last.split(" ");
				moves += Long.parseLong(counts[1]);
				refused += Long.parseLong(counts[3]);
				opened += Long.parseLong(counts[5]);
			}
			try (RestripeDatabase db = RestripeDatabase.open(url, DatabaseLogin.NONE)) {
				return new Outcome(moves, refused, opened, lostUpdates(db, moves, movesBefore));
			}
		}
	}

	private static String lastLine(Process center) throws Exception {
		String last = null;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(center.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				last = line;
			}
		}
		return last;
	}

	private static long historyMoves(RestripeDatabase db) throws Exception {
		try (Connection c = db.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM REQUEST_HISTORY WHERE FROM_STATE IS NOT NULL")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Acknowledged moves missing from the history, plus requests whose version is not 1 + their moves. */
	private static long lostUpdates(RestripeDatabase db, long acknowledged, long movesBefore) throws Exception {
		long historyMoves = historyMoves(db) - movesBefore;
		try (Connection c = db.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM REQUEST R WHERE R.VERSION <> 1 + (SELECT COUNT(*)"
						+ " FROM REQUEST_HISTORY H WHERE H.REQUEST_ID = R.ID AND H.FROM_STATE IS NOT NULL)")) {
			rs.next();
			return Math.abs(acknowledged - historyMoves) + rs.getLong(1);
		}
	}

	/** One center: move random requests of the shared set forward until the time is up. */
	private static void center(String url, String name, int seconds) throws Exception {
		long moves = 0;
		long refused = 0;
		long opened = 0;
		Random random = new Random(name.hashCode());
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		try (RestripeDatabase db = RestripeDatabase.open(url, DatabaseLogin.NONE)) {
			RequestDesk desk = new RequestDesk(db);
			List<Request> pool = new ArrayList<>(desk.openRequests());
			while (System.nanoTime() < end) {
				int pick = random.nextInt(pool.size());
				Request seen = desk.find(pool.get(pick).id()).orElseThrow();
				if (seen.state() == RequestState.CLOSED) {
					desk.open("acme", "demo-site", "opened by " + name);
					opened++;
					pool = new ArrayList<>(desk.openRequests()); // the shared set again, so centers keep colliding
					continue;
				}
				RequestState next = FORWARD.get(FORWARD.indexOf(seen.state()) + 1);
				try {
					desk.move(seen, next, "moved by " + name, name);
					moves++;
				} catch (StaleRowException e) {
					refused++; // another center moved it since this one read it: read again next time
				}
			}
		}
		System.out.println("moves " + moves + " refused " + refused + " opened " + opened);
	}
}
