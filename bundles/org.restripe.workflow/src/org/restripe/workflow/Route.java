package org.restripe.workflow;

/** Where a request goes: the region and its solutions center, and how the desk decided ("location Rotterdam"). */
public record Route(String region, String center, String how) {
	@Override
	public String toString() {
		return center + " (region " + region + ", by " + how + ")";
	}
}
