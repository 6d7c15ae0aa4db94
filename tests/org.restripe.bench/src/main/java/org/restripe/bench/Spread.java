package org.restripe.bench;

import java.util.List;
import java.util.Locale;

/** Min, median and max of a figure over rounds or runs: one run's figure is not the figure to quote. */
public record Spread(double min, double median, double max) {

	public static Spread of(List<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no values to summarise");
		}
		List<Double> sorted = values.stream().sorted().toList();
		int mid = sorted.size() / 2;
		double median = sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
		return new Spread(sorted.get(0), median, sorted.get(sorted.size() - 1));
	}

	/** e.g. {@code min 1.20 / median 1.31 / max 1.52 ms}. */
	public String format(String pattern, String unit) {
		return String.format(Locale.ROOT, "min " + pattern + " / median " + pattern + " / max " + pattern + " %s", min,
				median, max, unit);
	}

	public static void print(String figure, Spread spread, String pattern, String unit, String goal) {
		System.out.printf(Locale.ROOT, "%-58s %s%s%n", figure, spread.format(pattern, unit),
				goal == null ? "" : "  (goal " + goal + ")");
	}
}
