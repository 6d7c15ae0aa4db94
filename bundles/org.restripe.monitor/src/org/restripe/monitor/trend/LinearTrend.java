package org.restripe.monitor.trend;

import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A least-squares line y = a + b x with the prediction interval for a new observation at x0:
 *
 * <pre>
 *   y0 = a + b x0  ±  t(1 - alpha/2, n - 2) · sqrt( MSE · (1 + 1/n + (x0 - xbar)² / Sxx) )
 * </pre>
 *
 * (Montgomery, Peck and Vining, Introduction to Linear Regression Analysis, section 2.5, "prediction of new
 * observations"), with MSE = SSE / (n - 2) and Sxx = sum (x - xbar)² taken from SimpleRegression.
 * SimpleRegression does not give xbar, so it is kept here.
 */
public final class LinearTrend {
	/** Two points always fit exactly: a line needs three to say anything about its scatter. */
	public static final int MINIMUM_POINTS = 3;

	private final SimpleRegression regression;
	private final double meanX;
	private double quantileConfidence = Double.NaN;
	private double quantile;

	private LinearTrend(SimpleRegression regression, double meanX) {
		this.regression = regression;
		this.meanX = meanX;
	}

	/** The line through the points, or empty with fewer than three points or no spread in x. */
	public static Optional<LinearTrend> fit(double[] x, double[] y) {
		if (x.length != y.length) {
			throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
		}
		SimpleRegression regression = new SimpleRegression();
		double sumX = 0;
		for (int i = 0; i < x.length; i++) {
			regression.addData(x[i], y[i]);
			sumX += x[i];
		}
		if (x.length < MINIMUM_POINTS || !(regression.getXSumSquares() > 0)) {
			return Optional.empty();
		}
		return Optional.of(new LinearTrend(regression, sumX / x.length));
	}

	public long n() {
		return regression.getN();
	}

	public double slope() {
		return regression.getSlope();
	}

	public double intercept() {
		return regression.getIntercept();
	}

	/** SSE / (n - 2); zero for points on an exact line. */
	public double meanSquareError() {
		// rounding can leave a tiny negative sum of squares for an exact line
		return Math.max(0, regression.getMeanSquareError());
	}

	public double predict(double x0) {
		return regression.predict(x0);
	}

	/** Half the width of the prediction interval for a new observation at x0, at the given confidence. */
	public double predictionHalfWidth(double x0, double confidence) {
		double n = regression.getN();
		double distance = x0 - meanX;
		double variance = meanSquareError() * (1 + 1 / n + distance * distance / regression.getXSumSquares());
		return quantile(confidence) * Math.sqrt(variance);
	}

	/** Half the width of the confidence interval of the slope: t times sqrt(MSE / Sxx), its standard error. */
	public double slopeHalfWidth(double confidence) {
		return quantile(confidence) * Math.sqrt(meanSquareError() / regression.getXSumSquares());
	}

	private double quantile(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("A confidence is between 0 and 1: " + confidence);
		}
		if (confidence != quantileConfidence) {
			// no random generator: only the quantile is wanted, and seeding one per call would dominate a forecast
			quantile = new TDistribution(null, regression.getN() - 2).inverseCumulativeProbability(1 - (1 - confidence) / 2);
			quantileConfidence = confidence;
		}
		return quantile;
	}
}
