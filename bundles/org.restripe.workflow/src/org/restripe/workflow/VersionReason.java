package org.restripe.workflow;

import java.util.Locale;

/**
 * Why a version of a site's configuration was kept. REPLACED is the current configuration as it was just before a
 * verified run or an import replaced the site file; IMPORTED is a configuration the engineer imported as current.
 */
public enum VersionReason {
	DISCOVERED, DESIGNED, APPLIED, VERIFIED, REPLACED, IMPORTED;

	public String words() {
		return name().toLowerCase(Locale.ROOT);
	}
}
