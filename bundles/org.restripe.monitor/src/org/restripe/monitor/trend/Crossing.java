package org.restripe.monitor.trend;

import java.util.function.DoubleUnaryOperator;

/**
 * Days from today until the prediction band of a rising line reaches a level: the upper bound first
 * (earliest), the lower bound last (latest). Each bound is found by bisection on the days ahead.
 */
final class Crossing {
	private static final int STEPS = 60;
	private final LinearTrend line;
	private final double level;
	private final double today;
	private final double horizon;

	Crossing(LinearTrend line, double level, double today, double horizonDays) {
		this.line = line;
		this.level = level;
		this.today = today;
		this.horizon = horizonDays;
	}

	double earliest() {
		return daysUntil(x -> line.predict(x) + line.predictionHalfWidth(x, CapacityForecast.CONFIDENCE));
	}

	double latest() {
		return daysUntil(x -> line.predict(x) - line.predictionHalfWidth(x, CapacityForecast.CONFIDENCE));
	}

	/** The first day ahead on which the bound reaches the level, 0 if it has, infinite if not within the horizon. */
	private double daysUntil(DoubleUnaryOperator bound) {
		if (bound.applyAsDouble(today) >= level) {
			return 0;
		}
		double far = horizon;
		if (bound.applyAsDouble(today + far) < level) {
			// the lower bound of a weak trend can bend away from the level: no latest day to give
			return Double.POSITIVE_INFINITY;
		}
		double near = 0;
		for (int i = 0; i < STEPS; i++) {
			double middle = (near + far) / 2;
			if (bound.applyAsDouble(today + middle) >= level) {
				far = middle;
			} else {
				near = middle;
			}
		}
		return far;
	}
}
