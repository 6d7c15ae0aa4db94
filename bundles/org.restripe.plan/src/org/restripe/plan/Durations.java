package org.restripe.plan;

import java.time.Duration;

import org.restripe.drivers.api.Operation;

/**
 * Estimated duration of each step, for the engineer's maintenance window. Figures are planning estimates,
 * not measurements: a T3 initialises a volume at roughly 10 MB/s of usable capacity (hours for a tray), a
 * command over a 9600 baud console takes seconds, and hands at the site take hours.
 */
public final class Durations {
	/** Usable bytes a second a new volume is zeroed at. */
	public static final long INIT_BYTES_PER_SECOND = 10_000_000L;
	static final Duration COMMAND = Duration.ofSeconds(10);
	static final Duration SITE_VISIT = Duration.ofHours(2);
	static final Duration CONFIRMATION = Duration.ofMinutes(15);

	private Durations() {
	}

	/** The estimate of one operation; capacity (bytes) matters only for initialisation. */
	public static Duration of(Operation operation, long capacity) {
		if (operation.isHardware()) {
			return SITE_VISIT;
		}
		return switch (operation) {
		case INIT_VOLUME -> Duration.ofSeconds(Math.max(60, capacity / INIT_BYTES_PER_SECOND));
		case CONFIRM_BACKUP, VARY_CKD_OFFLINE, VARY_CKD_ONLINE -> CONFIRMATION;
		case MOUNT_VOLUME, UNMOUNT_VOLUME, REMOVE_VOLUME, ADD_VOLUME -> Duration.ofMinutes(1);
		default -> COMMAND;
		};
	}
}
