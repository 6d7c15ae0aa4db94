package org.restripe.monitor.advice;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;

/** Which subsystem each array of a site belongs to, from the site file: "Database" for t3a of the demo site. */
public final class SiteSubsystems {
	private static final String SUFFIX = " subsystem";

	private SiteSubsystems() {
	}

	/** Array name to subsystem name (without a trailing " subsystem"); arrays the site lacks map to null. */
	public static Function<String, String> of(Site site) {
		Map<String, String> subsystems = new HashMap<>();
		for (Subsystem subsystem : site.getSubsystems()) {
			String name = subsystem.getName() == null ? subsystem.getId() : subsystem.getName();
			if (name.endsWith(SUFFIX) && name.length() > SUFFIX.length()) {
				name = name.substring(0, name.length() - SUFFIX.length());
			}
			for (StorageUnit unit : subsystem.getStorageUnits()) {
				subsystems.put(unit.getName(), name);
			}
		}
		return subsystems::get;
	}
}
