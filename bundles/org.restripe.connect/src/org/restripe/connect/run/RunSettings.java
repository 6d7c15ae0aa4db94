package org.restripe.connect.run;

import java.time.Duration;

/**
 * How a run talks to the arrays and how patient it is.
 *
 * @param consoleUser the arrays' console login (root on a T3)
 * @param replyTimeout how long an array may stay silent after a command
 * @param checkInterval how often a check of running work (a volume initialisation) is repeated
 * @param checkPatience how long such work may take in all
 * @param confirmWithin commit-confirm: how long the engineer has to confirm the change (10 minutes as Junos)
 * @param reconnects how many times a dropped line is called again within one run
 */
public record RunSettings(String consoleUser, Duration replyTimeout, Duration checkInterval, Duration checkPatience,
		Duration confirmWithin, int reconnects) {

	public static final Duration DEFAULT_CONFIRM = Duration.ofMinutes(10);

	/** Settings for real arrays: a minute of silence, checks every 30 s for up to 12 h, 10 minutes to confirm. */
	public static RunSettings standard() {
		return new RunSettings("root", Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofHours(12),
				DEFAULT_CONFIRM, 2);
	}

	public RunSettings confirmingWithin(Duration within) {
		return new RunSettings(consoleUser, replyTimeout, checkInterval, checkPatience, within, reconnects);
	}

	public RunSettings checkingEvery(Duration interval, Duration patience) {
		return new RunSettings(consoleUser, replyTimeout, interval, patience, confirmWithin, reconnects);
	}

	public RunSettings reconnecting(int times) {
		return new RunSettings(consoleUser, replyTimeout, checkInterval, checkPatience, confirmWithin, times);
	}

	public RunSettings replyingWithin(Duration timeout) {
		return new RunSettings(consoleUser, timeout, checkInterval, checkPatience, confirmWithin, reconnects);
	}
}
