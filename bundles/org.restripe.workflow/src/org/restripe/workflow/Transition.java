package org.restripe.workflow;

import java.time.Instant;

/** One move of a request: from (null for the first), to, who moved it, when and why. */
public record Transition(RequestState from, RequestState to, String who, Instant when, String why) {
}
