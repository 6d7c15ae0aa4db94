package org.restripe.workflow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a customer's reconfiguration request stands (the seed's FIG. 2): received, configuration determined,
 * service level determined, reviewed, designed, implementation built, connected, applied, verified, closed;
 * it may end declined, cancelled or failed. A monitoring recommendation waits for the customer's approval
 * first. Only the listed moves are allowed.
 */
public enum RequestState {
	AWAITING_APPROVAL, RECEIVED, CONFIGURATION_DETERMINED, SERVICE_LEVEL_DETERMINED, REVIEWED, DESIGNED,
	IMPLEMENTATION_BUILT, CONNECTED, APPLIED, VERIFIED, CLOSED, DECLINED, CANCELLED, FAILED;

	/** The states a request may move to from this one. */
	public Set<RequestState> next() {
		switch (this) {
		case AWAITING_APPROVAL: // approved: received (or its configuration is known already); declined: back to monitoring
			return EnumSet.of(RECEIVED, CONFIGURATION_DETERMINED, DECLINED);
		case RECEIVED:
			return EnumSet.of(CONFIGURATION_DETERMINED, DECLINED, CANCELLED);
		case CONFIGURATION_DETERMINED:
			return EnumSet.of(SERVICE_LEVEL_DETERMINED, DECLINED, CANCELLED);
		case SERVICE_LEVEL_DETERMINED:
			return EnumSet.of(REVIEWED, DECLINED, CANCELLED);
		case REVIEWED:
			return EnumSet.of(DESIGNED, DECLINED, CANCELLED);
		case DESIGNED: // back to review when the design changes what was reviewed
			return EnumSet.of(IMPLEMENTATION_BUILT, REVIEWED, CANCELLED);
		case IMPLEMENTATION_BUILT:
			return EnumSet.of(CONNECTED, DESIGNED, CANCELLED);
		case CONNECTED: // the line may drop before anything ran: build (or just connect) again later
			return EnumSet.of(APPLIED, FAILED, IMPLEMENTATION_BUILT);
		case APPLIED:
			return EnumSet.of(VERIFIED, FAILED);
		case VERIFIED:
			return EnumSet.of(CLOSED);
		case FAILED: // a failed run is designed again or given up
			return EnumSet.of(DESIGNED, CANCELLED);
		default:
			return EnumSet.noneOf(RequestState.class);
		}
	}

	/**
	 * The next state along the request's path (received, configuration determined, ... verified, closed), or null
	 * when it has none (it ended, or failed and waits for a decision).
	 */
	public RequestState forward() {
		for (RequestState state : next()) {
			if (state.ordinal() > ordinal() && state.ordinal() <= CLOSED.ordinal()) {
				return state;
			}
		}
		return null;
	}

	/** Closed, declined and cancelled requests are done with; a failed one still needs a decision. */
	public boolean isFinal() {
		return next().isEmpty();
	}

	/** CONFIGURATION_DETERMINED -> "configuration determined". */
	public String words() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/** "designed, declined or cancelled". */
	public String nextInWords() {
		List<String> names = new ArrayList<>();
		next().forEach(s -> names.add(s.words()));
		if (names.isEmpty()) {
			return "nowhere (it is " + words() + " for good)";
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/** Reads a state as an engineer types it: "service level determined", "service-level-determined", "REVIEWED". */
	public static RequestState parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A state is needed, one of: " + all());
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (RequestState state : values()) {
			if (state.name().equals(name)) {
				return state;
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a request state; the states are: " + all());
	}

	private static String all() {
		List<String> names = new ArrayList<>();
		for (RequestState state : values()) {
			names.add(state.words());
		}
		return String.join(", ", names);
	}
}
