package org.restripe.simulator.modem;

import java.time.Duration;

/**
 * How long things take on the simulated telephone line. Real values (one second of escape guard time,
 * a ring every six seconds, the Courier's 1.5 minute callback wait, a minute to type the password) make
 * a faithful demo; tests shrink them to milliseconds.
 *
 * @param second the length of one "modem second", the unit of S7 (wait for carrier) and S30 (inactivity,
 *            in tens of seconds)
 */
public record ModemTimings(Duration guardTime, Duration ringInterval, Duration callbackDelay,
		Duration passwordWindow, Duration second) {

	public static ModemTimings realistic() {
		return new ModemTimings(Duration.ofSeconds(1), Duration.ofSeconds(6), Duration.ofSeconds(90),
				Duration.ofMinutes(1), Duration.ofSeconds(1));
	}

	/** Fast enough for tests: every wait in tens of milliseconds. */
	public static ModemTimings fast() {
		return new ModemTimings(Duration.ofMillis(100), Duration.ofMillis(50), Duration.ofMillis(100),
				Duration.ofSeconds(2), Duration.ofMillis(20));
	}
}
