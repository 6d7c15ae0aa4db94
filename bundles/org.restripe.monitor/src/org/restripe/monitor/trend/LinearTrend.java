package org.restripe.monitor.trend;

import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.restripe.monitor.samples.MeanSums;

/**
 * A least-squares line y = a + b x with the prediction interval for a new observation at x0:
 *
 * <pre>
 *   y0 = a + b x0  ±  t(1 - alpha/2, n - 2) · sqrt( MSE · (1 + 1/n + (x0 - xbar)² / Sxx) )
 * </pre>
 *
 * (Montgomery, Peck and Vining, Introduction to Linear Regression Analysis, section 2.5, "prediction of new
 * observations"), with MSE = SSE / (n - 2). A line from points is fitted by commons-math's SimpleRegression; a
 * line from a volume's summed daily means ({@link MeanSums}, read as blocks from the store) is computed from
 * the same sufficient statistics, b = Sxy / Sxx, a = ybar - b xbar, SSE = Syy - Sxy² / Sxx, because
 * SimpleRegression can only be fed points, not sums.
 */
public final class LinearTrend {
	/** Two points always fit exactly: a line needs three to say anything about its scatter. */
	public static final int MINIMUM_POINTS = 3;

	private final long n;
	private final double slope;
	private final double intercept;
	private final double meanSquareError;
	private final double meanX;
	private final double sxx;
	private double quantileConfidence = Double.NaN;
	private double quantile;

	private LinearTrend(long n, double slope, double intercept, double sse, double meanX, double sxx) {
		this.n = n;
		this.slope = slope;
		this.intercept = intercept;
		// rounding can leave a tiny negative sum of squares for an exact line
		this.meanSquareError = Math.max(0, sse / (n - 2));
		this.meanX = meanX;
		this.sxx = sxx;
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
		return Optional.of(new LinearTrend(regression.getN(), regression.getSlope(), regression.getIntercept(),
				regression.getSumSquaredErrors(), sumX / x.length, regression.getXSumSquares()));
	}

	/**
	 * The line through summed daily means, x in days since {@code originDays} (days since the epoch), or empty
	 * with fewer than three days or no spread in time.
	 */
	public static Optional<LinearTrend> fit(MeanSums means, double originDays) {
		if (means.days() < MINIMUM_POINTS || !(means.sxx() > 0)) {
			return Optional.empty();
		}
		double slope = means.sxy() / means.sxx();
		double meanX = means.meanX() - originDays;
		double sse = means.syy() - means.sxy() * slope;
		return Optional.of(new LinearTrend(means.days(), slope, means.meanY() - slope * meanX, sse, meanX, means.sxx()));
	}

	public long n() {
		return n;
	}

	public double slope() {
		return slope;
	}

	public double intercept() {
		return intercept;
	}

	/** SSE / (n - 2); zero for points on an exact line. */
	public double meanSquareError() {
		return meanSquareError;
	}

	public double predict(double x0) {
		return intercept + slope * x0;
	}

	/** Half the width of the prediction interval for a new observation at x0, at the given confidence. */
	public double predictionHalfWidth(double x0, double confidence) {
		double distance = x0 - meanX;
		double variance = meanSquareError * (1 + 1.0 / n + distance * distance / sxx);
		return quantile(confidence) * Math.sqrt(variance);
	}

	/** Half the width of the confidence interval of the slope: t times sqrt(MSE / Sxx), its standard error. */
	public double slopeHalfWidth(double confidence) {
		return quantile(confidence) * Math.sqrt(meanSquareError / sxx);
	}

	private double quantile(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("A confidence is between 0 and 1: " + confidence);
		}
		if (confidence != quantileConfidence) {
			// no random generator: only the quantile is wanted, and seeding one per call would dominate a forecast
			quantile = new TDistribution(null, n - 2).inverseCumulativeProbability(1 - (1 - confidence) / 2);
			quantileConfidence = confidence;
		}
		return quantile;
	}
}
