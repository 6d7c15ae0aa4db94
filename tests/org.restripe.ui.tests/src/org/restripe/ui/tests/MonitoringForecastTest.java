package org.restripe.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.junit.jupiter.api.Test;
import org.restripe.model.ServiceLevel;
import org.restripe.ui.monitoring.DashboardView;
import org.restripe.ui.views.SiteFile;
import org.restripe.ui.views.SiteNavigatorView;

/**
 * A year of samples of a volume filling at 0.2 GB a day towards its 100 GB, seeded through the SampleStore: the
 * dashboard draws the year, the forecast line with its band reaching the size about 35 days from now, and says
 * when the volume fills. The site's customer has only an Option 2 contract, which the dashboard says in words.
 */
class MonitoringForecastTest {
	private static final String SITE = "forecast-site";
	private static final Pattern FILLS = Pattern.compile("v1 on t3a fills in (\\d+) days \\((\\d+)-(\\d+)\\)");

	@Test
	void theDashboardShowsTheForecastLineItsBandAndTheDaysUntilFull() throws Exception {
		Instant now = Instant.now();
		// 20 GB a year ago, 0.2 GB a day: 93 GB now, 100 GB in 35 days
		MonitoringBench.seedFillingVolume(SITE, "v1 on t3a", 100, 20, 0.2, 1.5, now);
		MonitoringBench.seedFillingVolume(SITE, "v2 on t3a", 200, 50, -0.05, 0.3, now);
		MonitoringBench.contract("forecast-co", SITE, ServiceLevel.OPTION2);
		try (ShellBot bot = new ShellBot()) {
			IWorkbenchPage page = MonitoringBench.monitoringPerspective();
			DashboardView dashboard = (DashboardView) page.findView(DashboardView.ID);
			bot.dispatchUntil(() -> dashboard.siteCombo().getItemCount() > 0, 60, "the dashboard lists the sites");
			int read = dashboard.readsShown();
			dashboard.choose(SITE);
			bot.dispatchUntil(() -> dashboard.readsShown() > read && dashboard.fillText().startsWith("v1 on t3a"), 60,
					"the forecast site is shown, the soonest to fill first: " + dashboard.fillText());

			Matcher fills = FILLS.matcher(dashboard.fillText());
			assertTrue(fills.matches(), dashboard.fillText());
			int days = Integer.parseInt(fills.group(1));
			int earliest = Integer.parseInt(fills.group(2));
			int latest = Integer.parseInt(fills.group(3));
			assertTrue(days >= 32 && days <= 38, "about 35 days: " + dashboard.fillText());
			assertTrue(earliest < days && days < latest && latest - earliest < 20, dashboard.fillText());

			XYSeries used = dashboard.capacityChart().usedSeries();
			assertTrue(used.getItemCount() >= 364 && used.getItemCount() <= 366, "a point a day for a year: "
					+ used.getItemCount());
			assertEquals(20, used.getY(0).doubleValue(), 2.5, "a year ago");
			assertEquals(93, used.getY(used.getItemCount() - 1).doubleValue(), 2.5, "now (a day's mean, wobble and all)");
			assertTheForecastReachesTheSizeWhenTheTextSays(dashboard.capacityChart().forecastSeries(), now, days);

			TableItem v2 = dashboard.volumeTable().getItem(1);
			assertEquals("v2 on t3a", v2.getText(0));
			assertTrue(v2.getText(2).startsWith("v2 on t3a is not filling"), v2.getText(2));
			assertTrue(dashboard.contractText().contains("is not monitored")
					&& dashboard.contractText().contains("is Option 2; ongoing monitoring needs an Option 3 contract"),
					dashboard.contractText());
			assertFalse(dashboard.monitorButton().isEnabled(), "no ongoing monitoring without Option 3");
			assertTrue(dashboard.pollNowButton().isEnabled(), "a one-off poll needs no contract");
			ShellBot.shot(page.getWorkbenchWindow().getShell(), "monitoring-perspective.png");

			// the dashboard follows the site chosen in the Sites view
			SiteNavigatorView sites = (SiteNavigatorView) page.showView(SiteNavigatorView.ID);
			SiteFile demo = (SiteFile) sites.viewer().getTree().getItem(0).getData();
			page.activate(sites);
			sites.viewer().setSelection(new StructuredSelection(demo), true);
			bot.dispatchUntil(() -> dashboard.siteCombo().getText().equals(demo.siteName()), 30,
					"the dashboard shows the site selected in the Sites view");
		}
	}

	/** The line is 93 GB now and 100 GB on the day the text gives; the band holds the line and widens ahead. */
	private static void assertTheForecastReachesTheSizeWhenTheTextSays(YIntervalSeries forecast, Instant now, int days) {
		assertTrue(forecast.getItemCount() > 10, "a forecast is drawn");
		long nowMillis = now.toEpochMilli();
		long fullMillis = now.plus(Duration.ofDays(days)).toEpochMilli();
		assertTrue(forecast.getX(forecast.getItemCount() - 1).longValue() > fullMillis, "drawn past the day it fills");
		assertEquals(93, valueAt(forecast, nowMillis), 1.0, "the line now");
		assertEquals(100, valueAt(forecast, fullMillis), 0.5, "the line on the day it fills");
		for (int i = 0; i < forecast.getItemCount(); i++) {
			assertTrue(forecast.getYLowValue(i) < forecast.getYValue(i) && forecast.getYValue(i) < forecast.getYHighValue(i),
					"the band holds the line at point " + i);
		}
		int last = forecast.getItemCount() - 1;
		assertTrue(forecast.getYHighValue(last) - forecast.getYLowValue(last) > forecast.getYHighValue(0)
				- forecast.getYLowValue(0), "the band widens away from the samples");
	}

	/** The line between the two drawn points around {@code millis}. */
	private static double valueAt(YIntervalSeries forecast, long millis) {
		for (int i = 1; i < forecast.getItemCount(); i++) {
			long a = forecast.getX(i - 1).longValue();
			long b = forecast.getX(i).longValue();
			if (a <= millis && millis <= b) {
				double share = (millis - a) / (double) (b - a);
				return forecast.getYValue(i - 1) + share * (forecast.getYValue(i) - forecast.getYValue(i - 1));
			}
		}
		throw new AssertionError("the forecast does not cover " + Instant.ofEpochMilli(millis));
	}
}
