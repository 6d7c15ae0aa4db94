package org.restripe.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.restripe.model.ChangeKind;
import org.restripe.model.ServiceLevel;

/**
 * Which change kinds each service level covers (DESIGN.md, "Service levels"). Capacity addition is in
 * no option: it brings new hardware and a site visit, so it is always a one-time charge.
 */
public final class Entitlements {

	/** Option 1 covers this many reconfigurations in a contract year; the others have no limit. */
	public static final int OPTION1_RECONFIGURATIONS_PER_YEAR = 1;

	private static final Map<ServiceLevel, Set<ChangeKind>> COVERED = new EnumMap<>(ServiceLevel.class);

	static {
		Set<ChangeKind> option1 = EnumSet.of(ChangeKind.LUN_SIZE_CHANGE, ChangeKind.CACHE_BLOCKING,
				ChangeKind.HOT_STANDBY, ChangeKind.RAID_LEVEL_CHANGE, ChangeKind.DEVICE_MOVE);
		Set<ChangeKind> option2 = EnumSet.copyOf(option1);
		option2.add(ChangeKind.CKD_TYPE_CHANGE);
		option2.add(ChangeKind.CHANNEL_ADDITION);
		Set<ChangeKind> option3 = EnumSet.copyOf(option2);
		option3.add(ChangeKind.PERFORMANCE_BALANCING);
		COVERED.put(ServiceLevel.OPTION1, Collections.unmodifiableSet(option1));
		COVERED.put(ServiceLevel.OPTION2, Collections.unmodifiableSet(option2));
		COVERED.put(ServiceLevel.OPTION3, Collections.unmodifiableSet(option3));
	}

	private Entitlements() {
	}

	public static Set<ChangeKind> covered(ServiceLevel level) {
		return COVERED.get(level);
	}

	public static boolean covers(ServiceLevel level, ChangeKind kind) {
		return COVERED.get(level).contains(kind);
	}

	/** The lowest level that covers the kind, or null if none does. */
	public static ServiceLevel lowestCovering(ChangeKind kind) {
		for (ServiceLevel level : ServiceLevel.values()) {
			if (covers(level, kind)) {
				return level;
			}
		}
		return null;
	}
}
