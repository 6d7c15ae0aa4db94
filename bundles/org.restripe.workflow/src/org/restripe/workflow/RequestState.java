package org.restripe.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer's reconfiguration request stands on its way through the solutions center
 * (DESIGN.md, "The path a request travels"). Only the listed moves are allowed.
 */
public enum RequestState {
	RECEIVED, CONFIGURATION_LOADED, REVIEWED, DESIGNED, PLANNED, KIT_BUILT, IN_SESSION, VERIFIED, CLOSED, REFUSED;

	/** The states a request may move to from this one. */
	public Set<RequestState> next() {
		switch (this) {
		case RECEIVED:
			return EnumSet.of(CONFIGURATION_LOADED, REFUSED);
		case CONFIGURATION_LOADED:
			return EnumSet.of(REVIEWED, REFUSED);
		case REVIEWED:
			return EnumSet.of(DESIGNED, REFUSED);
		case DESIGNED:
			return EnumSet.of(PLANNED, REVIEWED);
		case PLANNED:
			return EnumSet.of(KIT_BUILT, DESIGNED);
		case KIT_BUILT:
			return EnumSet.of(IN_SESSION, DESIGNED);
		case IN_SESSION:
			return EnumSet.of(VERIFIED, KIT_BUILT);
		case VERIFIED:
			return EnumSet.of(CLOSED);
		default:
			return EnumSet.noneOf(RequestState.class);
		}
	}

	/** This request's next state, or an error naming the move that is not allowed. */
	public RequestState moveTo(RequestState target) {
		if (!next().contains(target)) {
			throw new IllegalStateException("A request that is " + this + " cannot become " + target
					+ "; allowed: " + next());
		}
		return target;
	}
}
