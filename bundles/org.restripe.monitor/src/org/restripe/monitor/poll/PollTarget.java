package org.restripe.monitor.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * One agent to poll.
 *
 * @param name        how readings and errors name it (e.g. "storemgr of site Acme")
 * @param address     "host/port", e.g. "127.0.0.1/16161"
 * @param credentials community or v3 user
 * @param interval    time between the starts of two polls when scheduled
 * @param timeout     how long to wait for each answer before a retry
 * @param retries     how many times a request is sent again before the target is given up for this poll
 */
public record PollTarget(String name, String address, SnmpCredentials credentials, Duration interval, Duration timeout,
		int retries) {

	public PollTarget {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(timeout, "timeout");
		if (!address.matches("[^/\\s]+/\\d{1,5}")) {
			throw new IllegalArgumentException("Target " + name + ": address '" + address + "' is not host/port");
		}
		if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero() || retries < 0) {
			throw new IllegalArgumentException("Target " + name + ": interval and timeout must be positive, retries >= 0");
		}
	}

	/** A target at {@code address}, named by it, polled every minute, 1 s timeout, 2 retries. */
	public static PollTarget of(String address, SnmpCredentials credentials) {
		return new PollTarget(address, address, credentials, Duration.ofMinutes(1), Duration.ofSeconds(1), 2);
	}

	public PollTarget withTimeout(Duration timeout, int retries) {
		return new PollTarget(name, address, credentials, interval, timeout, retries);
	}

	public PollTarget withInterval(Duration interval) {
		return new PollTarget(name, address, credentials, interval, timeout, retries);
	}

	public PollTarget named(String name) {
		return new PollTarget(name, address, credentials, interval, timeout, retries);
	}

	@Override
	public String toString() {
		return name.equals(address) ? address + " (" + credentials + ")" : name + " at " + address + " (" + credentials + ")";
	}
}
