package org.restripe.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.restripe.store.RestripeDatabase;
import org.restripe.store.StoreException;

/**
 * The request a piece of work serves, moved along FIG. 2 as the work happens, so the desk sees the job where it
 * stands without anyone moving it by hand: a kit built for the request brings it to "implementation built"
 * (through the states before, each recorded with why), the kit's run to connected, applied and verified, or
 * failed. A kit built for no request moves nothing.
 */
public final class RequestProgress {
	/** States a request only reaches by someone's decision, never on the way to another state. */
	private static final Set<RequestState> DECIDED = EnumSet.of(RequestState.DECLINED, RequestState.CANCELLED,
			RequestState.FAILED, RequestState.CLOSED);

	private final RestripeDatabase database;
	private final RequestDesk desk;

	public RequestProgress(RestripeDatabase database) {
		this.database = database;
		this.desk = new RequestDesk(database);
	}

	/**
	 * Records that the kit (named by its manifest's SHA-256) was built for the request, and brings the request to
	 * implementation built. Refused, with nothing written, when the request is for another site or cannot get
	 * there (it awaits the customer's approval, or is applied, verified or closed already).
	 */
	public Request kitBuilt(int requestId, String kitSha256, String siteName, String who) throws StoreException {
		String kit = kitName(kitSha256);
		Request request = desk.require(requestId);
		if (!request.siteName().equals(siteName)) {
			throw new IllegalArgumentException(request.label() + " is for site " + request.siteName() + ", not "
					+ siteName + ": build the kit for a request of " + siteName);
		}
		List<RequestState> path = path(request.state(), RequestState.IMPLEMENTATION_BUILT);
		String mover = Checks.who(who);
		Optional<Integer> linked = requestOfKit(kit);
		if (linked.isPresent() && linked.get() != requestId) {
			throw new IllegalArgumentException("kit " + kit.substring(0, 12) + " was built for request " + linked.get()
					+ ", not " + request.label());
		}
		Transactions.run(database, "record kit " + kit.substring(0, 12) + " for " + request.label(), c -> {
			if (linked.isPresent()) {
				return null;
			}
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO KIT_REQUEST (KIT_SHA256, REQUEST_ID, SITE_NAME, BUILT_BY) VALUES (?, ?, ?, ?)")) {
				p.setString(1, kit);
				p.setInt(2, requestId);
				p.setString(3, siteName);
				p.setString(4, mover);
				p.executeUpdate();
			}
			return null;
		});
		return walk(request, path, "kit " + kit.substring(0, 12) + " built", mover);
	}

	/** The request the kit was built for, if it was built for one. */
	public Optional<Integer> requestOfKit(String kitSha256) throws StoreException {
		String kit = kitName(kitSha256);
		return Transactions.read(database, "find the request of kit " + kit.substring(0, 12), c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT REQUEST_ID FROM KIT_REQUEST WHERE KIT_SHA256 = ?")) {
				p.setString(1, kit);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
				}
			}
		});
	}

	/**
	 * The kit's run reached {@code state} (connected, applied, verified or failed): its request, if it has one,
	 * is moved there through the states between. Empty when the kit serves no request.
	 */
	public Optional<Request> kitReached(String kitSha256, RequestState state, String why, String who)
			throws StoreException {
		Optional<Integer> requestId = requestOfKit(kitSha256);
		if (requestId.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(advance(requestId.get(), state, why, who));
	}

	/**
	 * Moves the request forward to {@code target} along the life cycle, each state on the way recorded with
	 * {@code why}; nothing when it is there already. A target it cannot reach without someone's decision (a
	 * decline, a cancel, a failure, the customer's approval) is refused, naming where the request is.
	 */
	public Request advance(int requestId, RequestState target, String why, String who) throws StoreException {
		Request request = desk.require(requestId);
		return walk(request, path(request.state(), target), why, Checks.who(who));
	}

	private Request walk(Request request, List<RequestState> path, String why, String who) throws StoreException {
		Request now = request;
		for (RequestState step : path) {
			now = desk.move(now, step, why, who);
		}
		return now;
	}

	/** The shortest way from one state to another through the life cycle's moves, without decided states. */
	static List<RequestState> path(RequestState from, RequestState to) {
		if (from == to) {
			return List.of();
		}
		if (from == RequestState.AWAITING_APPROVAL) {
			throw new IllegalStateException("a request that awaits the customer's approval cannot be moved to "
					+ to.words() + ": approve or decline it first");
		}
		Map<RequestState, RequestState> cameFrom = new EnumMap<>(RequestState.class);
		ArrayDeque<RequestState> queue = new ArrayDeque<>(List.of(from));
		while (!queue.isEmpty()) {
			RequestState state = queue.poll();
			for (RequestState next : state.next()) {
				boolean passable = next == to || !DECIDED.contains(next) && next != RequestState.AWAITING_APPROVAL;
				if (passable && next != from && !cameFrom.containsKey(next)) {
					cameFrom.put(next, state);
					queue.add(next);
				}
			}
			if (cameFrom.containsKey(to)) {
				break;
			}
		}
		if (!cameFrom.containsKey(to)) {
			throw new IllegalStateException("a request that is " + from.words() + " cannot be moved to " + to.words()
					+ "; it can go to " + from.nextInWords());
		}
		List<RequestState> path = new ArrayList<>();
		for (RequestState s = to; s != from; s = cameFrom.get(s)) {
			path.add(s);
		}
		Collections.reverse(path);
		return path;
	}

	private static String kitName(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("a kit is named by its manifest's SHA-256 (64 hexadecimal digits), not "
					+ (sha256 == null ? "nothing" : "'" + sha256 + "'"));
		}
		return sha256;
	}
}
