package org.restripe.monitor.poll;

/**
 * How hard the poller may press.
 *
 * @param maxInFlight    the most requests outstanding at once, over all targets (each target's poll has at
 *                       most one; further polls wait in a queue)
 * @param rowsPerRequest GETBULK max-repetitions: rows asked for in one request
 * @param maxRows        a table with more rows is cut there and marked so (an agent cannot make the poller
 *                       hold unbounded data)
 */
public record PollerSettings(int maxInFlight, int rowsPerRequest, int maxRows) {

	public PollerSettings {
		if (maxInFlight < 1 || rowsPerRequest < 1 || maxRows < 1) {
			throw new IllegalArgumentException("Poller settings must be positive: " + maxInFlight + ", " + rowsPerRequest
					+ ", " + maxRows);
		}
	}

	public static PollerSettings defaults() {
		return new PollerSettings(64, 20, 10_000);
	}

	public PollerSettings withMaxInFlight(int n) {
		return new PollerSettings(n, rowsPerRequest, maxRows);
	}

	public PollerSettings withRowsPerRequest(int n) {
		return new PollerSettings(maxInFlight, n, maxRows);
	}

	public PollerSettings withMaxRows(int n) {
		return new PollerSettings(maxInFlight, rowsPerRequest, n);
	}
}
