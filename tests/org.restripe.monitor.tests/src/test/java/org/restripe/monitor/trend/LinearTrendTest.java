package org.restripe.monitor.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearTrendTest {

	@Test
	void pointsOnAnExactLineGiveThatLineAndAnIntervalOfNoWidth() {
		double[] x = { 0, 1, 2, 3, 4 };
		double[] y = { 40, 42, 44, 46, 48 };

		LinearTrend line = LinearTrend.fit(x, y).orElseThrow();

		assertEquals(2, line.slope(), 1e-12);
		assertEquals(40, line.intercept(), 1e-12);
		assertEquals(60, line.predict(10), 1e-9);
		assertEquals(0, line.predictionHalfWidth(10, 0.95), 1e-9);
	}

	/**
	 * The rocket propellant data (shear strength in psi against age in weeks, 20 motors) of Montgomery, Peck
	 * and Vining, Introduction to Linear Regression Analysis (Wiley), Example 2.1, and the 95 % prediction
	 * interval for a new motor at x0 = 10 weeks worked in section 2.5: 2048.32 <= y0 <= 2464.32, from the
	 * fitted line 2627.82 - 37.15 x. The book rounds the slope to -37.15 before taking SSE (its MSE 9244.59);
	 * unrounded, MSE is 9236.38 and the bounds 2048.38 and 2464.19, which is what is asserted to the cent;
	 * the book's bounds hold to within 0.15 psi.
	 */
	@Test
	void theRocketPropellantPredictionIntervalOfTheTextbook() {
		double[] age = { 15.50, 23.75, 8.00, 17.00, 5.50, 19.00, 24.00, 2.50, 7.50, 11.00, 13.00, 3.75, 25.00, 9.75,
				22.00, 18.00, 6.00, 12.50, 2.00, 21.50 };
		double[] strength = { 2158.70, 1678.15, 2316.00, 2061.30, 2207.50, 1708.30, 1784.70, 2575.00, 2357.90, 2256.70,
				2165.20, 2399.55, 1779.80, 2336.75, 1765.30, 2053.50, 2414.40, 2200.50, 2654.20, 1753.70 };

		LinearTrend line = LinearTrend.fit(age, strength).orElseThrow();

		assertEquals(2627.82, line.intercept(), 0.005);
		assertEquals(-37.15, line.slope(), 0.005);
		double y0 = line.predict(10);
		double half = line.predictionHalfWidth(10, 0.95);
		assertEquals(2048.38, y0 - half, 0.01);
		assertEquals(2464.19, y0 + half, 0.01);
		assertEquals(2048.32, y0 - half, 0.15);
		assertEquals(2464.32, y0 + half, 0.15);
	}

	/** The same textbook data summed as daily means (x in days) gives the same line and the same interval. */
	@Test
	void theTextbookIntervalFromSummedDailyMeans() {
		double[] age = { 15.50, 23.75, 8.00, 17.00, 5.50, 19.00, 24.00, 2.50, 7.50, 11.00, 13.00, 3.75, 25.00, 9.75,
				22.00, 18.00, 6.00, 12.50, 2.00, 21.50 };
		double[] strength = { 2158.70, 1678.15, 2316.00, 2061.30, 2207.50, 1708.30, 1784.70, 2575.00, 2357.90, 2256.70,
				2165.20, 2399.55, 1779.80, 2336.75, 1765.30, 2053.50, 2414.40, 2200.50, 2654.20, 1753.70 };
		java.util.List<org.restripe.monitor.samples.SeriesPoint> days = new java.util.ArrayList<>();
		for (int i = 0; i < age.length; i++) {
			days.add(org.restripe.monitor.samples.SeriesPoint.raw(
					java.time.Instant.ofEpochMilli(Math.round(age[i] * 86_400_000)), strength[i]));
		}
		// the sums in two parts, as a block and the days around it add up in the store
		org.restripe.monitor.samples.MeanSums sums = org.restripe.monitor.samples.MeanSums.of(days.subList(0, 7))
				.plus(org.restripe.monitor.samples.MeanSums.of(days.subList(7, 20)));

		LinearTrend line = LinearTrend.fit(sums, 0).orElseThrow();

		assertEquals(2627.82, line.intercept(), 0.005);
		assertEquals(-37.15, line.slope(), 0.005);
		double y0 = line.predict(10);
		double half = line.predictionHalfWidth(10, 0.95);
		assertEquals(2048.38, y0 - half, 0.01);
		assertEquals(2464.19, y0 + half, 0.01);
		assertEquals(20, line.n());
	}

	@Test
	void theIntervalWidensAwayFromTheMiddleOfTheData() {
		double[] x = { 0, 1, 2, 3, 4, 5 };
		double[] y = { 0, 1.5, 1.5, 3.5, 3.5, 5 };
		LinearTrend line = LinearTrend.fit(x, y).orElseThrow();

		assertTrue(line.predictionHalfWidth(2.5, 0.95) < line.predictionHalfWidth(10, 0.95));
		assertTrue(line.predictionHalfWidth(10, 0.80) < line.predictionHalfWidth(10, 0.95));
	}

	@Test
	void twoPointsOrNoSpreadInTimeGiveNoLine() {
		assertTrue(LinearTrend.fit(new double[] { 0, 1 }, new double[] { 1, 2 }).isEmpty());
		assertTrue(LinearTrend.fit(new double[] {}, new double[] {}).isEmpty());
		assertTrue(LinearTrend.fit(new double[] { 3, 3, 3 }, new double[] { 1, 2, 3 }).isEmpty());
	}
}
