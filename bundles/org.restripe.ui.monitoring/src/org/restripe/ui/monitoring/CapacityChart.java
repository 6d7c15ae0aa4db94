package org.restripe.ui.monitoring;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.SimpleDateFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.restripe.monitor.samples.SeriesPoint;
import org.restripe.monitor.trend.CapacityForecast;

/**
 * A volume's capacity over time (JFreeChart): the used space read, the forecast line with its 95% prediction
 * band from the start of the fit to past the day it fills, and the volume's size as a level line. In GB (2^30).
 */
public final class CapacityChart {
	static final double GB = 1024.0 * 1024 * 1024;
	private static final int FORECAST_STEPS = 60;
	private static final double MIN_AHEAD_DAYS = 14;
	private static final double MAX_AHEAD_DAYS = 3_650;

	private final XYSeries used = new XYSeries("Used space", true, true);
	private final YIntervalSeries forecast = new YIntervalSeries("Forecast, 95% prediction band", true, true);
	private final XYPlot plot;
	private final DateAxis time = new DateAxis("Date");
	private final JFreeChart chart;
	private ValueMarker size;

	public CapacityChart() {
		NumberAxis gb = new NumberAxis("GB");
		gb.setAutoRangeIncludesZero(true);
		gb.setUpperMargin(0.12); // room above the size line for its label
		XYLineAndShapeRenderer usedLine = new XYLineAndShapeRenderer(true, false);
		usedLine.setSeriesPaint(0, new Color(0x1f, 0x5f, 0xa8));
		usedLine.setSeriesStroke(0, new BasicStroke(2f));
		plot = new XYPlot(new XYSeriesCollection(used), time, gb, usedLine);
		DeviationRenderer band = new DeviationRenderer(true, false);
		band.setSeriesPaint(0, new Color(0xd0, 0x60, 0x10));
		band.setSeriesFillPaint(0, new Color(0xff, 0x99, 0x33));
		band.setAlpha(0.45f);
		band.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 6f, 4f }, 0f));
		plot.setDataset(1, new YIntervalSeriesCollection());
		((YIntervalSeriesCollection) plot.getDataset(1)).addSeries(forecast);
		plot.setRenderer(1, band);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		chart = new JFreeChart("Capacity", new Font("SansSerif", Font.BOLD, 13), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
	}

	public JFreeChart chart() {
		return chart;
	}

	/** The used space drawn: x in UTC milliseconds, y in GB. */
	public XYSeries usedSeries() {
		return used;
	}

	/** The forecast drawn: x in UTC milliseconds, y the line in GB, low and high the band. */
	public YIntervalSeries forecastSeries() {
		return forecast;
	}

	/** Shows this volume, or nothing when {@code volume} is null. */
	public void show(VolumeCapacity volume, long nowMillis) {
		chart.setNotify(false);
		try {
			used.clear();
			forecast.clear();
			if (size != null) {
				plot.removeRangeMarker(size);
				size = null;
			}
			if (volume != null) {
				chart.setTitle("Capacity of " + volume.volume());
				volume.used().forEach(p -> used.add(p.meanAtMillis(), p.mean() / GB));
				dateFormat(volume);
				volume.forecast().ifPresent(f -> drawForecast(volume, f, nowMillis));
				if (!Double.isNaN(volume.sizeBytes())) {
					sizeLine(volume.sizeBytes());
				}
			} else {
				chart.setTitle("Capacity");
			}
		} finally {
			chart.setNotify(true);
		}
	}

	/** Days over months, hours and minutes over the first day of samples. */
	private void dateFormat(VolumeCapacity volume) {
		List<SeriesPoint> points = volume.used();
		long span = points.isEmpty() ? 0 : points.get(points.size() - 1).meanAtMillis() - points.get(0).meanAtMillis();
		time.setDateFormatOverride(new SimpleDateFormat(span < 2 * VolumeCapacity.DAY_MILLIS && volume.forecast().isEmpty()
				? "HH:mm" : "yyyy-MM-dd"));
	}

	private void drawForecast(VolumeCapacity volume, CapacityForecast f, long nowMillis) {
		double ahead = Double.isFinite(f.latestDays()) ? f.latestDays() : f.days() * 2;
		ahead = Math.min(MAX_AHEAD_DAYS, Math.max(MIN_AHEAD_DAYS, ahead * 1.1));
		long from = volume.originMillis();
		long to = nowMillis + Math.round(ahead * VolumeCapacity.DAY_MILLIS);
		for (int i = 0; i <= FORECAST_STEPS; i++) {
			long at = from + (to - from) * i / FORECAST_STEPS;
			double[] line = volume.forecastAt(at);
			forecast.add(at, line[0] / GB, (line[0] - line[1]) / GB, (line[0] + line[1]) / GB);
		}
	}

	private void sizeLine(double bytes) {
		size = new ValueMarker(bytes / GB, Color.RED, new BasicStroke(1.5f));
		size.setLabel("size " + Math.round(bytes / GB) + " GB");
		size.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		size.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(size);
	}
}
