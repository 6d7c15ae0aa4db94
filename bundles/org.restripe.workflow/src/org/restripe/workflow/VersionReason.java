package org.restripe.workflow;

import java.util.Locale;

/** Why a version of a site's configuration was kept. */
public enum VersionReason {
	DISCOVERED, DESIGNED, APPLIED, VERIFIED;

	public String words() {
		return name().toLowerCase(Locale.ROOT);
	}
}
