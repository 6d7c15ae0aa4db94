package org.restripe.ui.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.restripe.monitor.advice.Wording;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.CapacityForecast;
import org.restripe.monitor.trend.LinearTrend;

/**
 * A volume's used space over time as the dashboard draws it, with its forecast: the line fitted to the window
 * the recommendations look at, its prediction band, and when it fills.
 *
 * @param volume      "v1 on t3a"
 * @param used        the used-space points, oldest first
 * @param sizeBytes   the volume's size, NaN when no size was read
 * @param forecast    when it fills, empty when too few points or use is not growing
 * @param line        the fitted line (x: days since {@code originMillis}), present with the forecast
 * @param originMillis the time x = 0 of the line stands for
 */
public record VolumeCapacity(String volume, List<SeriesPoint> used, double sizeBytes, Optional<CapacityForecast> forecast,
		Optional<LinearTrend> line, long originMillis) {
	static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

	/** What the engineer reads: "v1 on t3a fills in 23 days (17-31)", "v1 on t3a is full", or why there is no forecast. */
	public String fillText() {
		if (forecast.isPresent()) {
			CapacityForecast f = forecast.get();
			return f.days() == 0 ? volume + " is full"
					: volume + " fills in " + Wording.daysWithInterval(f.days(), f.earliestDays(), f.latestDays());
		}
		if (Double.isNaN(sizeBytes)) {
			return volume + ": no size read yet";
		}
		if (used.size() < LinearTrend.MINIMUM_POINTS) {
			return volume + ": " + used.size() + (used.size() == 1 ? " sample" : " samples") + ", too few for a forecast";
		}
		return volume + " is not filling (" + usedText() + ")";
	}

	/** "42% of 100.0 GB used", or what is known. */
	public String usedText() {
		if (used.isEmpty()) {
			return "no used space read";
		}
		double last = used.get(used.size() - 1).last();
		return Double.isNaN(sizeBytes) ? Wording.bytes(last) + " used"
				: Wording.percent(last / sizeBytes) + " of " + Wording.bytes(sizeBytes) + " used";
	}

	/** The line's value at a time, with the half-width of its band there. */
	double[] forecastAt(long millis) {
		LinearTrend trend = line.orElseThrow();
		double x = (millis - originMillis) / DAY_MILLIS;
		return new double[] { trend.predict(x), trend.predictionHalfWidth(x, CapacityForecast.CONFIDENCE) };
	}
}
