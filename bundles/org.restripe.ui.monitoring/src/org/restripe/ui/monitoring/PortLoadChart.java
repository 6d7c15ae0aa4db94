package org.restripe.ui.monitoring;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The I/O requests each port carried over the last two weeks, a bar a port, a colour a subsystem (JFreeChart). */
public final class PortLoadChart {
	private final DefaultCategoryDataset requests = new DefaultCategoryDataset();
	private final JFreeChart chart;

	public PortLoadChart() {
		NumberAxis count = new NumberAxis("Requests (14 days)");
		count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		count.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
		CategoryAxis port = new CategoryAxis("Port");
		port.setMaximumCategoryLabelLines(2);
		BarRenderer bars = new BarRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setSeriesPaint(0, new Color(0x2e, 0x8b, 0x57));
		bars.setSeriesPaint(1, new Color(0x1f, 0x5f, 0xa8));
		bars.setSeriesPaint(2, new Color(0xd0, 0x60, 0x10));
		CategoryPlot plot = new CategoryPlot(requests, port, count, bars);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		chart = new JFreeChart("Load per port", new Font("SansSerif", Font.BOLD, 13), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
	}

	public JFreeChart chart() {
		return chart;
	}

	/** Rows: subsystems; columns: ports ("u1p1 on t3a"); values: requests counted. */
	public DefaultCategoryDataset dataset() {
		return requests;
	}

	public void show(List<PortLoad> loads) {
		chart.setNotify(false);
		try {
			requests.clear();
			for (PortLoad load : loads) {
				load.requestsByPort().forEach((port, counted) -> requests.addValue(counted, "Subsystem " + load.subsystem(),
						port));
			}
		} finally {
			chart.setNotify(true);
		}
	}
}
