package org.restripe.simulator;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Simulated time for the site: long array operations (a volume initialisation takes hours on a real T3)
 * advance at {@code speed} times real time, so a demo or a test sees them progress and finish quickly.
 */
public final class SimulatedClock {
	private final LongSupplier nanoTime;
	private final long startNanos;
	private volatile double speed;
	private volatile long offsetNanos;

	public SimulatedClock(double speed) {
		this(speed, System::nanoTime);
	}

	SimulatedClock(double speed, LongSupplier nanoTime) {
		if (!(speed > 0)) {
			throw new IllegalArgumentException("Simulation speed must be positive, was " + speed);
		}
		this.nanoTime = nanoTime;
		this.startNanos = nanoTime.getAsLong();
		this.speed = speed;
	}

	/** Simulated time elapsed since the site started. */
	public Duration elapsed() {
		return Duration.ofNanos(offsetNanos + (long) ((nanoTime.getAsLong() - startNanos) * speed));
	}

	/** Jumps simulated time forward, e.g. to finish a volume initialisation at once in a test. */
	public void advance(Duration by) {
		offsetNanos += by.toNanos();
	}

	public double speed() {
		return speed;
	}
}
