package org.restripe.plan.kit;

/**
 * The site's configuration is no longer the one the kit was computed from: running it could destroy what
 * someone changed since. Plan again from the site as it is now.
 */
public class StaleKitException extends KitException {
	private static final long serialVersionUID = 1L;

	public StaleKitException(String expected, String actual) {
		super("stale kit: it was computed from configuration " + expected.substring(0, 12)
				+ "..., but the site is now at " + actual.substring(0, 12) + "...; plan again from the current site");
	}
}
